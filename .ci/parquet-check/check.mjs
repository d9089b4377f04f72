// Reads each Parquet file `negotiation export parquet` wrote with hyparquet (pure JavaScript, no code shared with
// Parquet.Net) and compares it, row by row and column by column, with the resolved JSON Lines of the same record:
// the same columns in the same order, timestamps as INT64 TIMESTAMP(MICROS, UTC) holding the very microseconds the
// lines give as ISO 8601 UTC texts, nulls as nulls, identifiers as one text separated by spaces.
// Usage: node check.mjs NAME.parquet NAME.jsonl [NAME.parquet NAME.jsonl]...
import { readFileSync } from 'node:fs'
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet'

const timestampColumns = new Set(['start', 'end', 'known_from'])
const identifierColumns = new Set(['actors', 'topics'])

// An ISO 8601 UTC text as integer microseconds since the epoch, exactly (Date would keep milliseconds only).
function micros(text) {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(text)
  if (!match) throw new Error(`not an ISO 8601 UTC instant: ${text}`)
  const fraction = (match[2] ?? '').padEnd(9, '0')
  if (!/^\d{6}000$/.test(fraction)) throw new Error(`${text} is finer than a microsecond`)
  return BigInt(Date.parse(match[1] + 'Z')) * 1000n + BigInt(fraction.slice(0, 6))
}

function expected(column, value) {
  if (value === null) return null
  if (timestampColumns.has(column)) return micros(value)
  if (identifierColumns.has(column)) return value.join(' ')
  return value
}

let failures = 0
const fail = message => { failures++; if (failures <= 20) console.error(message) }
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i += 2) {
  const [parquetFile, linesFile] = [args[i], args[i + 1]]
  const lines = readFileSync(linesFile, 'utf8').split('\n').filter(line => line !== '').map(line => JSON.parse(line))
  const file = await asyncBufferFromFile(parquetFile)
  const metadata = await parquetMetadataAsync(file)
  const fields = metadata.schema.slice(1)
  const names = fields.map(field => field.name)
  const wanted = lines.length > 0 ? Object.keys(lines[0]) : names
  if (names.join(',') !== wanted.join(',')) fail(`${parquetFile}: columns ${names.join(',')}, the lines have ${wanted.join(',')}`)
  for (const field of fields) {
    const isTimestamp = field.type === 'INT64' && field.logical_type?.type === 'TIMESTAMP' && field.logical_type.unit === 'MICROS' && field.logical_type.isAdjustedToUTC === true
    if (timestampColumns.has(field.name) !== isTimestamp) fail(`${parquetFile}: column ${field.name} is ${field.type} ${JSON.stringify(field.logical_type)}`)
  }

  // Timestamps as the raw INT64 microseconds, so that the comparison is exact.
  const before = failures
  const rows = await parquetReadObjects({ file, parsers: { timestampFromMicroseconds: value => BigInt(value) } })
  if (rows.length !== lines.length) fail(`${parquetFile}: ${rows.length} rows, ${linesFile}: ${lines.length} lines`)
  for (let r = 0; r < Math.min(rows.length, lines.length); r++) {
    for (const column of names) {
      const want = expected(column, lines[r][column] ?? null)
      const got = rows[r][column] ?? null
      if (want !== got) fail(`${parquetFile} row ${r} (${lines[r].entry}) column ${column}: hyparquet read ${String(got)}, the lines have ${String(want)}`)
    }
  }

  if (failures === before) console.log(`${parquetFile}: ${rows.length} rows, ${names.length} columns, equal to ${linesFile}`)
}

if (failures > 0) {
  console.error(`${failures} differences`)
  process.exit(1)
}
