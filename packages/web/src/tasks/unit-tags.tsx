import type { ExpandedParty } from '@ipcounty/domain';
import { Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/locale-context.js';

/** The units a task names, each linking to its page; a unit brought in by a group phrase says so. */
export function UnitTags({ parties }: { parties: ExpandedParty[] }) {
  const { t } = useI18n();
  return (
    <div className="unit-tags">
      {parties.map(({ unit, via }) => {
        const tag = (
          <Tag className={via ? 'unit-tag is-via' : 'unit-tag'} data-testid="unit-tag" data-via={via?.phrase}>
            <Link to={`/units/${unit.code}`}>{unit.name}</Link>
          </Tag>
        );
        return via ? (
          <Tooltip key={unit.code} title={t('tasks.via', { phrase: via.phrase })}>
            {tag}
          </Tooltip>
        ) : (
          <span key={unit.code}>{tag}</span>
        );
      })}
    </div>
  );
}
