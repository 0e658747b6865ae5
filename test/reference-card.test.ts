/** The reference card (../shared/reference/seed-card.md): the calendar facts of 2025-12-18. */
import { describe, expect, it } from 'vitest';
import { lunarDate, pillars, solarTerms } from '../src/index';

describe('reference card, 2025-12-18', () => {
  it('is 十月廿九 of lunar year 2025 (乙巳)', () => {
    const l = lunarDate('2025-12-18');
    expect(`${l.monthName}${l.dayName}`).toBe('十月廿九');
    expect(l).toEqual({ year: 2025, month: 10, day: 29, leap: false, monthName: '十月', dayName: '廿九' });
  });

  it('has the pillars 乙巳 / 戊子 / 辛酉', () => {
    const p = pillars('2025-12-18');
    expect([p.year.name, p.month.name, p.day.name]).toEqual(['乙巳', '戊子', '辛酉']);
    expect(p.day).toEqual({ stem: '辛', branch: '酉', name: '辛酉', index: 57 });
  });

  it('lies in the 戊子 month that begins at 大雪 (2025-12-07) and ends at 小寒 (2026-01-05)', () => {
    expect(solarTerms(2025)[22]?.instant.slice(0, 10)).toBe('2025-12-07');
    expect(solarTerms(2026)[0]?.instant.slice(0, 10)).toBe('2026-01-05');
    expect(pillars('2025-12-06').month.name).toBe('丁亥');
    expect(pillars('2025-12-07').month.name).toBe('戊子');
    expect(pillars('2026-01-04').month.name).toBe('戊子');
    expect(pillars('2026-01-05').month.name).toBe('己丑');
  });
});
