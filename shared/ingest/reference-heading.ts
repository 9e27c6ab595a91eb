// Headings that open a reference section, in the languages Footnote's analysts read. Compared after "[edit]"
// links, numbering and trailing punctuation are removed.
const REFERENCE_HEADINGS = new Set([
  'references', 'reference', 'notes', 'footnotes', 'endnotes', 'citations', 'notes and references', 'references and notes',
  'bibliography', 'works cited', 'sources', 'literature cited', 'normative references', 'informative references',
  '参考文献', '参考资料', '参考資料', '注释', '注釋', '注解', '脚注', '腳註', '引用', '出典', '注', '참고 문헌', '각주',
  'références', 'notes et références', 'einzelnachweise', 'literatur', 'quellen', 'anmerkungen', 'referencias', 'notas',
]);

/** Whether a heading's text names a reference section (References, Notes, 参考文献, ...). */
export function isReferenceHeading(text: string): boolean {
  const cleaned = text
    .replace(/\[\s*(?:edit|编辑|編輯|modifier|bearbeiten|editar)[^\]]*\]/giu, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+/u, '')
    .replace(/(?<![\s:：.。])[\s:：.。]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
  return REFERENCE_HEADINGS.has(cleaned);
}
