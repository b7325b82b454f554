import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEGACY_ENCODINGS, type Encoding } from '../../../../core/decode/encoding.ts';

/** The answer to a file whose bytes read as two different texts: which encoding it is in, to import it again. */
export function EncodingChoice({ onChoose }: { onChoose: (encoding: Encoding) => void }) {
  const { t } = useTranslation();
  const options = LEGACY_ENCODINGS.map((encoding) => ({ value: encoding, label: t(`files.encodings.${encoding}`) }));
  return (
    <Space size={4} wrap>
      <Select<Encoding>
        size="small"
        placeholder={t('files.chooseEncoding')}
        options={options}
        onChange={onChoose}
        style={{ width: 280 }}
        data-testid="encoding-choice"
      />
    </Space>
  );
}
