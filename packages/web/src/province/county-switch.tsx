import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Select } from 'antd';
import type { CountyChoice } from '@ipcounty/domain';
import { fetchCounties, type CountyChoices } from '../api/province.api.js';
import { useResource, type Resource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { viewCounty } from './viewed-county.js';

/** The counties the account may work in; loaded once by the header. */
export function useCountyChoices(): Resource<CountyChoices> {
  return useResource(fetchCounties);
}

/**
 * The header's county switch: offered only to an account entitled to several counties (the
 * provincial office); everyone else sees their county's name in the title and nothing here.
 */
export function CountySwitch({ choices }: { choices: CountyChoices }) {
  const { t, locale } = useI18n();
  if (choices.counties.length < 2) return null;
  const name = (c: CountyChoice) => (locale === 'en' ? c.nameEn : c.name);
  return (
    <Select
      size="small"
      className="county-switch"
      aria-label={t('province.switch')}
      value={choices.viewing}
      popupMatchSelectWidth={false}
      options={choices.counties.map((c) => ({ value: c.countyId, label: c.own ? t('province.ownCounty', { name: name(c) }) : name(c) }))}
      // The box shows the county's name alone (the list marks the own one), so it fits a phone's header.
      labelRender={({ value }) => {
        const county = choices.counties.find((c) => c.countyId === value);
        return county ? name(county) : String(value);
      }}
      onChange={(countyId: string) => viewCounty(countyId, choices.counties.find((c) => c.countyId === countyId)?.own ?? false)}
      data-testid="county-switch"
    />
  );
}

/** Above every page while the provincial office looks at another county: read-only, and the way back. */
export function ViewingCountyBanner({ choices }: { choices: CountyChoices }) {
  const { t, locale } = useI18n();
  const name = (c: CountyChoice) => (locale === 'en' ? c.nameEn : c.name);
  const viewing = choices.counties.find((c) => c.countyId === choices.viewing);
  const own = choices.counties.find((c) => c.own);
  if (!viewing || viewing.own || !own) return null;
  return (
    <Alert
      type="info"
      showIcon
      icon={<EyeOutlined />}
      className="viewing-county-banner"
      message={t('province.viewing', { name: name(viewing) })}
      action={
        <Button size="small" onClick={() => viewCounty(own.countyId, true, choices.province ? '/province' : '/')} data-testid="back-to-province">
          {choices.province ? t('province.backToComparison') : t('province.backToOwn', { name: name(own) })}
        </Button>
      }
      data-testid="viewing-county"
    />
  );
}
