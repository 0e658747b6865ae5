/**
 * Every day of −0721 … 0999 against lunar-javascript: the day items of almanac() (issue 12;
 * test/support/dayItemsDifferential.ts). One of four every-day sweeps of the whole range, run by
 * `npm run test:full`; dayItems.test.ts samples it in `npm test`.
 *
 * Before year 1 the reference compares dates as strings that are not four digits long, and in
 * 9–23 CE (正月 in December) its year by 立春 runs ahead: those 263,718 days are compared with its
 * own methods on repaired input (dayItemsDifferential.ts). `repaired` counts, per item, the days
 * on which the reference as it is would give another value; the 74 of the season and 六曜 are the
 * December days where its month lists of two years disagree (the next year's naming is followed).
 */
import { describeDayItemsSweep } from '../support/dayItemsDifferential';

describeDayItemsSweep(-721, 999, {
  days: 628_595,
  repairedDays: 263_718,
  repaired: {
    pentad: 5980, xun: 97_715, xunKong: 97_715, taiSui: 241_534, monthNineStar: 219_649, yearNineStar: 7,
    nineStar: 125_282, hourNineStars: 127_995, season: 74, liuYao: 74, monthNaYin: 220_287,
  },
  lunarYearXunKongDays: 785,
  lunarTimeDays: 12_501,
  instantJieDays: 11_989,
  instantUnmovedJieDays: [],
  longMiddleFu: 1168,
});
