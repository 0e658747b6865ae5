import { fromEpochDay } from '../calendar/epochDay';
import { formatDate, getDaysInMonthIn, isSkippedDate, toEpochDayIn } from '../calendar/julianCalendar';
import { getLunarYearMonths } from '../lunar/getLunarYear';
import { toLunarDate } from '../lunar/lunarDate';
import type { SolarCalendar } from '../types';
import type { ReadEvent } from './readEvent';
import type { Occurrence, Substitution } from './types';

/** Where an event falls in one of its years, before it is written as an {@link Occurrence}. @internal */
export interface FoundOccurrence {
  /** Days since 1970-01-01 (possibly outside the supported range, at its ends). */
  readonly epochDay: number;
  /** The event's year (lunar for a lunar event, solar in the call's calendar for a solar one). */
  readonly year: number;
  readonly substitutions: readonly Substitution[];
}

const NONE: readonly Substitution[] = Object.freeze([]);
const once = (rule: Substitution): readonly Substitution[] => Object.freeze([rule]);

/**
 * The occurrence of a lunar event in lunar year `year` (within the lunar tables, −722 … 9999), or
 * undefined when its policy skips the year, or the year has no month of that number at all (the
 * reforms of 8, whose 十二月 became 正月 of 9, and of 237, which has no 三月).
 */
function findLunarOccurrence(event: Extract<ReadEvent, { kind: 'lunar' }>, year: number): FoundOccurrence | undefined {
  const months = getLunarYearMonths(year);
  const substitutions: Substitution[] = [];
  let month = months.find((m) => m.month === event.month && m.leap === event.leap);
  if (month === undefined && event.leap) {
    if (event.missingLeapMonth === 'skip') return undefined;
    month = months.find((m) => m.month === event.month && !m.leap);
    substitutions.push('same-month');
  }
  if (month === undefined) return undefined;
  if (event.day <= month.days) {
    return { epochDay: month.firstDay + event.day - 1, year, substitutions: substitutions.length === 0 ? NONE : Object.freeze(substitutions) };
  }
  if (event.missingDay === 'skip') return undefined;
  substitutions.push(event.missingDay);
  const epochDay = event.missingDay === 'last-day' ? month.firstDay + month.days - 1 : month.firstDay + month.days;
  return { epochDay, year, substitutions: Object.freeze(substitutions) };
}

const exists = (calendar: SolarCalendar, year: number, month: number, day: number): boolean =>
  day <= getDaysInMonthIn(calendar, year, month) && !isSkippedDate(calendar, year, month, day);

/**
 * The occurrence of a solar event in `year` of `calendar`: its date, or where its date does not
 * exist (02-29 of a common year; 1582-10-05 … 14 with `'julian'`) the last day before it
 * (`'last-day'`) or the first day after it (`'next-day'`), or undefined (`'skip'`).
 */
function findSolarOccurrence(event: Extract<ReadEvent, { kind: 'solar' }>, year: number, calendar: SolarCalendar): FoundOccurrence | undefined {
  let { month, day } = event;
  if (exists(calendar, year, month, day)) return { epochDay: toEpochDayIn(calendar, year, month, day), year, substitutions: NONE };
  if (event.missingDay === 'skip') return undefined;
  if (event.missingDay === 'last-day') {
    do day--; while (!exists(calendar, year, month, day));
  } else {
    do {
      day++;
      // December 31 always exists: the next month is in the same year.
      if (day > getDaysInMonthIn(calendar, year, month)) [month, day] = [month + 1, 1];
    } while (!exists(calendar, year, month, day));
  }
  return { epochDay: toEpochDayIn(calendar, year, month, day), year, substitutions: once(event.missingDay) };
}

/** The occurrence of an event in its year `year`, or undefined when there is none. @internal */
export function findOccurrence(event: ReadEvent, year: number, calendar: SolarCalendar): FoundOccurrence | undefined {
  return event.kind === 'lunar' ? findLunarOccurrence(event, year) : findSolarOccurrence(event, year, calendar);
}

/** The public record of an occurrence that is within the supported range. @internal */
export function toOccurrence(found: FoundOccurrence, calendar: SolarCalendar): Occurrence {
  return Object.freeze({
    date: formatDate(found.epochDay, calendar),
    year: found.year,
    lunar: toLunarDate(found.epochDay, fromEpochDay(found.epochDay).year),
    substituted: found.substitutions.length > 0,
    substitutions: found.substitutions,
  });
}
