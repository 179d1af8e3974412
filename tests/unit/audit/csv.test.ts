import { AUDIT_ACTIONS } from '@/audit/actions'
import { AUDIT_CSV_COLUMNS, auditCsvHeader, auditEntryToCsvRow, csvCell, csvRow, exportFileName, MAX_EXPORT_DAYS, parseExportRange } from '@/audit/csv'

/** A small RFC 4180 reader, to prove what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1 }
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(cell); cell = '' }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1 }
    else cell += c
  }
  return rows
}

describe('audit CSV cells (RFC 4180)', () => {
  it('leaves plain text alone and writes nothing for missing values', () => {
    expect(csvCell('publish')).toBe('publish')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(42)).toBe('42')
  })

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "when"')).toBe('"say ""when"""')
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"')
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"')
  })

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const attack of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1']) {
      const cell = csvCell(attack)
      const [[read]] = parseCsv(`${cell}\r\n`) as [[string]]
      expect(read.startsWith("'")).toBe(true)
      expect(read.slice(1)).toBe(attack)
    }
    expect(csvCell('=1,2')).toBe(`"'=1,2"`)
  })

  it('writes JSON for objects and ends every record with CRLF', () => {
    expect(csvRow(['a', { restoredVersion: '7' }])).toBe('a,"{""restoredVersion"":""7""}"\r\n')
  })
})

describe('audit CSV rows', () => {
  it('has a header row naming every column', () => {
    expect(parseCsv(auditCsvHeader())).toEqual([[...AUDIT_CSV_COLUMNS]])
  })

  it('writes one entry per row, in header order, round-tripping awkward comments', () => {
    const comment = 'Please fix "dose", then resubmit;\nsee line 2'
    const row = auditEntryToCsvRow({
      action: 'requestChanges',
      actorLabel: 'reviewer@carepath.example',
      actorType: 'user',
      actorUser: { id: 12 },
      adminOverride: false,
      at: '2025-03-01T10:00:00.000Z',
      changedFields: ['title', 'body'],
      collection: 'articles',
      comment,
      details: { reason: 'clinical' },
      itemId: '5',
      versionId: '99',
    })
    const [cells] = parseCsv(row) as [string[]]
    const byColumn = Object.fromEntries(AUDIT_CSV_COLUMNS.map((c, i) => [c, cells[i]]))
    expect(cells).toHaveLength(AUDIT_CSV_COLUMNS.length)
    expect(byColumn).toEqual({
      action: 'requestChanges',
      actorId: '12',
      actorLabel: 'reviewer@carepath.example',
      actorType: 'user',
      adminOverride: 'false',
      at: '2025-03-01T10:00:00.000Z',
      changedFields: 'title body',
      collection: 'articles',
      comment,
      details: '{"reason":"clinical"}',
      itemId: '5',
      versionId: '99',
    })
  })

  it('takes the actor id from the API client when no user acted, and leaves empty cells empty', () => {
    const [cells] = parseCsv(auditEntryToCsvRow({ action: 'apiClientCreated', actorApiClient: 3, actorType: 'apiClient', collection: 'api-clients' })) as [string[]]
    expect(cells[AUDIT_CSV_COLUMNS.indexOf('actorId')]).toBe('3')
    expect(cells[AUDIT_CSV_COLUMNS.indexOf('comment')]).toBe('')
    expect(cells[AUDIT_CSV_COLUMNS.indexOf('adminOverride')]).toBe('false')
  })

  it('every action in the vocabulary is a safe plain cell', () => {
    for (const action of AUDIT_ACTIONS) expect(csvCell(action)).toBe(action)
  })
})

describe('audit export date range', () => {
  it('covers whole UTC days, both included', () => {
    const range = parseExportRange('2025-01-01', '2025-01-31')
    expect(range).toEqual({ from: new Date('2025-01-01T00:00:00Z'), ok: true, until: new Date('2025-02-01T00:00:00Z') })
    expect(parseExportRange('2025-03-05', '2025-03-05')).toMatchObject({ ok: true, until: new Date('2025-03-06T00:00:00Z') })
  })

  it('refuses missing, malformed and impossible dates with a message naming the problem', () => {
    expect(parseExportRange(undefined, '2025-01-01')).toMatchObject({ message: expect.stringContaining('from=YYYY-MM-DD'), ok: false })
    expect(parseExportRange('2025-01-01', '')).toMatchObject({ ok: false })
    expect(parseExportRange('01/02/2025', '2025-01-03')).toMatchObject({ message: expect.stringContaining('"from"'), ok: false })
    expect(parseExportRange('2025-02-01', '2025-02-30')).toMatchObject({ message: expect.stringContaining('"to"'), ok: false })
    expect(parseExportRange('2025-02-01', '2025-01-31')).toMatchObject({ message: '"to" is before "from".', ok: false })
  })

  it(`allows at most ${MAX_EXPORT_DAYS} days`, () => {
    expect(parseExportRange('2024-01-01', '2024-12-31')).toMatchObject({ ok: true }) // 366 days, a leap year
    expect(parseExportRange('2024-01-01', '2025-01-01')).toMatchObject({ message: expect.stringContaining('367'), ok: false })
  })

  it('names the download after its range', () => {
    expect(exportFileName('2025-01-01', '2025-01-31')).toBe('carepath-audit-2025-01-01-to-2025-01-31.csv')
  })
})
