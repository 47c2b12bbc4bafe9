// The floor the whole `fsflow lint` process is compared with: a Node process that only reads the
// file and parses it, which any JSON linter has to do. Usage: node bench/floor.js <file>
import { readFileSync } from 'node:fs'

const file = process.argv[2]
if (file === undefined) {
  console.error('usage: node bench/floor.js <file>')
  process.exit(2)
}
const value = JSON.parse(readFileSync(file, 'utf8'))
if (value === undefined) process.exit(1)
