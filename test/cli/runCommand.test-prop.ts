/**
 * The command on any mix of arguments, in process (src/cli/runCommand.ts, what main.ts runs): it
 * prints something, or fails with a message the user can act on — one of the command's own
 * (an unknown option, a missing value) or the library's TypeError or RangeError naming its
 * function — never an engine error ("Cannot read properties of undefined"). main.ts prints
 * that message and the usage, and exits with 2.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/runCommand';

const COMMANDS = ['bazi', 'ics', 'year'];
const OPTIONS = ['--json', '--lang', '--calendar', '--festivals', '--include', '--sex', '--tz', '--longitude', '--day-boundary', '--luck-start', '--from', '--to', '--help', '-h', '--version', '-v', '--bogus'];
const VALUES = [
  '2025-12-18', '2025-12-18T23:30', '2025-12-18 23:30', '2025-12', '2026', '-000721-01-16', '-000721-01', '9999-12', '9999-12-31T23:59', '+010000-01-01', '2025-02-30', '2025-13',
  '1582-10-10', '1990-05-05T20:00', '1990-05-05T20:00-04:00', '庚午', '辛巳', '庚辰', '丙戌', '庚午辛巳庚辰丙戌', '甲丑', '甲子甲子甲子甲子',
  'en', 'zh-Hant', 'fr', 'julian', 'iso8601', 'gregorian', 'traditional', 'terms,festivals,holidays,yiji', 'yiji', 'moons', 'male', 'female',
  'America/New_York', 'Mars/Base', '116.4', '-87.6', '200', 'east', 'midnight', '23:00', 'days', 'minutes', '', ' ', '=', '-1',
];
const token = fc.oneof(
  fc.constantFrom(...OPTIONS, ...VALUES),
  fc.tuple(fc.constantFrom(...OPTIONS), fc.constantFrom(...VALUES)).map(([o, v]) => `${o}=${v}`),
  fc.string({ maxLength: 6 }),
);
const anyArgv = fc.tuple(fc.option(fc.constantFrom(...COMMANDS), { nil: undefined }), fc.array(token, { maxLength: 6 }))
  .map(([command, rest]) => (command === undefined ? rest : [command, ...rest]));

/** The values each option takes, mostly good ones, so that calls get past the parser to the library. */
const VALUES_OF: Readonly<Record<string, readonly string[]>> = {
  '--lang': ['en', 'zh-Hant', 'zh-Hans'], '--calendar': ['julian', 'iso8601'], '--festivals': ['gregorian', 'traditional'],
  '--include': ['terms,festivals,holidays,yiji', 'holidays', 'yiji,terms'], '--sex': ['male', 'female'], '--tz': ['America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Mars/Base'],
  '--longitude': ['116.4', '-87.6', '180', '200'], '--day-boundary': ['midnight', '23:00'], '--luck-start': ['days', 'minutes'], '--from': ['1800-01-01', '-000721-01-01', '9999-12-31', '2000-02-30'], '--to': ['1899-12-31', '9999-12-31', '1700-01-01'],
};
const TARGETS: Readonly<Record<string, readonly string[]>> = {
  almanac: ['2025-12-18', '2025-12-18T23:30', '2025-12', '-000721-01-01', '-000721-01', '9999-12-31', '9999-12', '1582-10-04', '1582-10-10', '0000-02-29'],
  bazi: ['1990-05-05T20:00', '-000721-01-01T00:30', '9999-12-31T23:30', '1582-10-10T12:00', '2025-03-09T02:30', '庚午辛巳庚辰丙戌', '甲子甲子甲子甲子', '庚午 辛巳 庚辰 丙戌'],
  ics: ['2026', '2025-09', '0000', '9999-12', '2002', '2027'],
  year: ['2025', '-721', '-722', '9999', '10000', '+2033', '0', '237', '2025.5'],
};
const option = fc.constantFrom(...Object.keys(VALUES_OF)).chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...(VALUES_OF[name] as string[]))));
const mostlyGood = fc.constantFrom('almanac', 'bazi', 'ics', 'year').chain((command) => fc.tuple(
  fc.constant(command), fc.constantFrom(...(TARGETS[command] as string[])), fc.array(option, { maxLength: 3 }), fc.boolean(),
)).map(([command, target, options, json]) => [
  ...(command === 'almanac' ? [] : [command]), ...target.split(' '), ...options.flat(), ...(json ? ['--json'] : []),
]);
const argv = fc.oneof(anyArgv, mostlyGood);

describe('huangli on any arguments', () => {
  it('prints, or fails with a message of its own or of the library, never an engine error', () => {
    fc.assert(fc.property(argv, (args) => {
      try {
        expect(typeof runCommand(args, () => '2025-12-18')).toBe('string');
      } catch (error) {
        const message = (error as Error).message;
        const library = (error instanceof TypeError || error instanceof RangeError) && /^[a-zA-Z]+: /.test(message);
        const own = error?.constructor === Error && message.length > 0;
        if (!library && !own) throw new Error(`huangli ${args.map((a) => JSON.stringify(a)).join(' ')} failed with ${String(error)}`);
      }
    }), { numRuns: 600, seed: 20261201 });
  });
});
