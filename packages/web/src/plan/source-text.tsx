import type { DraftItem, SourceSpan } from '@ipcounty/domain';
import { useEffect, useMemo, useRef } from 'react';

interface Props {
  text: string;
  items: DraftItem[];
  unread: SourceSpan[];
  selected: SourceSpan | null;
  /** The item a click in the text stands for: the smallest one holding the clicked character. */
  onSelect: (item: DraftItem) => void;
}

interface Segment {
  start: number;
  end: number;
  read: boolean;
  unsure: boolean;
}

const inside = (offset: number, span: SourceSpan) => offset >= span.start && offset < span.end;

/**
 * The document's text beside its draft: every extracted item's words are clickable, the selected
 * item's are highlighted and scrolled into view, doubtful ones underlined, unread lines shaded.
 */
export function SourceText({ text, items, unread, selected, onSelect }: Props) {
  const container = useRef<HTMLDivElement | null>(null);
  const lines = useMemo(() => {
    const spans = items.filter((item) => item.span.end > item.span.start);
    let offset = 0;
    return text.split('\n').map((line) => {
      const start = offset;
      offset += line.length + 1;
      const cuts = new Set([start, start + line.length]);
      for (const { span } of spans) for (const at of [span.start, span.end]) if (at > start && at < start + line.length) cuts.add(at);
      const bounds = [...cuts].sort((a, b) => a - b);
      const segments: Segment[] = bounds.slice(0, -1).map((from, i) => {
        const holders = spans.filter((item) => inside(from, item.span));
        return { start: from, end: bounds[i + 1]!, read: holders.length > 0, unsure: holders.some((item) => item.unsure.length > 0) };
      });
      return { start, segments, unread: unread.some((span) => inside(start, span)) };
    });
  }, [text, items, unread]);

  // Scroll the text itself, not the page, so the item's form beside it stays where it is; at once,
  // since a smooth scroll is cut short by the list scrolling to the same item.
  useEffect(() => {
    const box = container.current;
    const first = box?.querySelector('[data-selected]');
    if (!box || !first) return;
    const top = first.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3) });
  }, [selected]);

  const pick = (offset: number) => {
    const holders = items.filter((item) => inside(offset, item.span)).sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
    if (holders[0]) onSelect(holders[0]);
  };

  return (
    <div className="plan-source" data-testid="plan-source" ref={container}>
      {lines.map((line) => (
        <div key={line.start} className={`plan-source-line${line.unread ? ' is-unread' : ''}`}>
          {line.segments.map((segment) => {
            const isSelected = selected !== null && segment.start >= selected.start && segment.end <= selected.end;
            const className = [segment.read ? 'is-read' : '', segment.unsure ? 'is-unsure' : '', isSelected ? 'is-selected' : ''].filter(Boolean).join(' ');
            return (
              <span key={segment.start} className={className} data-selected={isSelected || undefined} onClick={segment.read ? () => pick(segment.start) : undefined}>
                {text.slice(segment.start, segment.end)}
              </span>
            );
          })}
          {line.segments.length === 0 && '\u00a0'}
        </div>
      ))}
    </div>
  );
}
