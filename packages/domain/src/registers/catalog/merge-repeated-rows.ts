/** What merging one later row into the record so far gives: the record, and what the later row changed. */
export interface RowMerge<Document> {
  document: Document;
  /** One line per field the later row changed ("申请人: 甲 → 乙"); empty when the rows agree. */
  conflicts: string[];
}

/**
 * Rows of one file that share a record key (the same 申请号 twice) become one record: each later
 * row is merged into what the earlier ones gave, in file order, so where rows differ the later
 * row wins, as in a register kept by appending corrections. The conflicts of every step are kept,
 * in order, for the warning that names the repeated rows.
 */
export function mergeRepeatedRows<Document>(
  documents: readonly Document[],
  merge: (earlier: Document, later: Document) => RowMerge<Document>,
): RowMerge<Document> {
  if (documents.length === 0) throw new Error('mergeRepeatedRows needs at least one row');
  let document = documents[0] as Document;
  const conflicts: string[] = [];
  for (const next of documents.slice(1)) {
    const merged = merge(document, next);
    document = merged.document;
    conflicts.push(...merged.conflicts);
  }
  return { document, conflicts };
}
