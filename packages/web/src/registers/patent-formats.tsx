import { DownloadOutlined } from '@ant-design/icons';
import { patentExportLayouts, type PatentExportLayout } from '@ipcounty/domain';
import { Button, Collapse, Table, Typography } from 'antd';
import { registersApi } from '../api/registers.api.js';
import { useI18n } from '../i18n/locale-context.js';

/** One layout: what to know about it, its columns with a short example, and its blank template. */
function LayoutExample({ layout }: { layout: PatentExportLayout }) {
  const { t, locale } = useI18n();
  const rows = layout.example.map((cells, index) => ({ key: index, ...Object.fromEntries(layout.headers.map((h, i) => [h, cells[i] ?? ''])) }));
  return (
    <div className="layout-example" data-testid={`layout-${layout.key}`}>
      <Typography.Paragraph>{locale === 'en' ? layout.about.en : layout.about.zh}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={layout.headers.map((header) => ({ key: header, dataIndex: header, title: header, render: (value: string) => <span className="nowrap">{value}</span> }))}
      />
      <Button size="small" icon={<DownloadOutlined />} href={registersApi.templateUrl('patents', layout.key)} style={{ marginTop: 8 }}>
        {t('data.import.formats.template')}
      </Button>
    </div>
  );
}

/** 支持的专利数据格式: CNIPA's 专利检索及分析, the commercial databases, the IPCounty template and PatentsView. */
export function PatentFormats() {
  const { t, locale } = useI18n();
  return (
    <div data-testid="patent-formats">
      <Typography.Paragraph type="secondary">{t('data.import.formats.intro')}</Typography.Paragraph>
      <Collapse
        size="small"
        items={patentExportLayouts.map((layout) => ({
          key: layout.key,
          label: locale === 'en' ? layout.name.en : layout.name.zh,
          children: <LayoutExample layout={layout} />,
        }))}
      />
    </div>
  );
}
