import { Grid, Menu, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';

/** A page of a section, by its path; or a heading over a few of them. */
export type SectionNavItem = { key: string; label: ReactNode } | { type: 'group'; key: string; label: ReactNode; children: { key: string; label: ReactNode }[] };

/**
 * The menu of a section with pages of its own (数据管理, 专项台账), beside its content. On a phone,
 * where it would stand above the content and fill the first screen, it is a select of one line.
 */
export function SectionNav({ title, items, selected, testId }: { title: string; items: SectionNavItem[]; selected: string; testId: string }) {
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <nav className={phone ? 'data-nav is-phone' : 'data-nav'} aria-label={title}>
      <Typography.Title level={1} className="data-nav-title">
        {title}
      </Typography.Title>
      {phone ? (
        <Select
          className="data-nav-select"
          value={selected}
          onChange={(key) => navigate(key)}
          options={items.map((item) => ('children' in item ? { label: item.label, title: item.key, options: item.children.map(({ key, label }) => ({ value: key, label })) } : { value: item.key, label: item.label }))}
          data-testid={testId}
        />
      ) : (
        <Menu mode="inline" items={items} selectedKeys={[selected]} onClick={({ key }) => navigate(key)} data-testid={testId} />
      )}
    </nav>
  );
}
