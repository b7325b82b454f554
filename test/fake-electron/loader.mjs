const FAKE = new URL('./index.ts', import.meta.url).href;

/** Resolves the bare specifier 'electron' (and only it) to the fake; everything else as usual. */
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true };
  return next(specifier, context);
}
