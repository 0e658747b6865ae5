// monthGrid(): a year of grids (the 12 pages a user flips through), the first in a fresh process
// (cold: tables decoded, years' months computed on first use) and then warm; every month of
// 1900–2100; against the same cells built from almanac() (a page per cell, what a month view
// costs without the grid) and from lunar-javascript (lunar date, term, festivals per cell).
// `BENCH_ROUNDS` (default 5): the best round counts.
import { createRequire } from 'node:module';
import { monthGrid } from '../dist/grid.js';
import { almanac } from '../dist/index.js';
import { bestOf, benchRounds } from './bestOf.mjs';

const require = createRequire(import.meta.url);
const { Solar } = require('lunar-javascript');

let sink = 0;
const yearOfGrids = (year) => {
  for (let month = 1; month <= 12; month++) sink += monthGrid(year, month).weeks.length;
};
const coldStart = process.hrtime.bigint();
yearOfGrids(2026);
const cold = Number(process.hrtime.bigint() - coldStart) / 1e6;

/** The dates of the cells of a year's grids (Monday first), as the grids lay them out. */
const cellDates = [];
for (let month = 1; month <= 12; month++) for (const cell of monthGrid(2027, month).weeks.flat()) cellDates.push(cell.date);

const rounds = benchRounds();
const best = bestOf({
  'a year of grids (2027)': () => yearOfGrids(2027),
  'every month 1900–2100': () => {
    for (let year = 1900; year <= 2100; year++) yearOfGrids(year);
  },
  'a year of cells by almanac()': () => {
    for (const date of cellDates) sink += almanac(date).fortune.score;
  },
  'a year of cells by lunar-javascript': () => {
    for (const date of cellDates) {
      const [y, m, d] = date.split('-').map(Number);
      const l = Solar.fromYmd(y, m, d).getLunar();
      sink += l.getDay() + l.getJieQi().length + l.getFestivals().length + l.getOtherFestivals().length;
    }
  },
}, rounds);

console.log(`monthGrid() (best of ${rounds}; ${cellDates.length} cells in a year of grids):`);
console.log(`  a year of grids, first in the process  ${cold.toFixed(1).padStart(8)} ms`);
for (const [name, ms] of Object.entries(best)) {
  const perMonth = name.startsWith('every') ? `  ${((ms * 1000) / 2412).toFixed(0)} µs/month` : `  ${(ms / 12).toFixed(2)} ms/month`;
  console.log(`  ${name.padEnd(37)} ${ms.toFixed(1).padStart(8)} ms${perMonth}`);
}
if (sink === 42) console.log('');
