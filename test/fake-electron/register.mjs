// `node --import tsx --import ./test/fake-electron/register.mjs main.ts`: 'electron' resolves to the fake.
import { register } from 'node:module';

register('./loader.mjs', import.meta.url);
