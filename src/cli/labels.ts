import type { Locale } from '../index';

/**
 * The words of the command's own output, per language; the almanac's terms come from `localize`.
 * Every Chinese word the command prints that is not a term of the almanac is here, in both scripts;
 * `{}` stands for the value that a label is written around.
 */
export const LABELS = {
  'zh-Hans': {
    lunar: '农历', pillars: '干支', term: '节气', next: '下一个 ', score: '今日运势评分', month: '本月运势', elements: '五行',
    pengZu: '彭祖百忌', yi: '宜', ji: '忌', moon: '月相', clash: '日冲', officer: '建除', deity: '天神', naYin: '纳音',
    mansion: '星宿', gods: '吉神', evils: '凶煞', directions: '方位', xiShen: '喜神', fuShen: '福神', caiShen: '财神',
    taiShen: '胎神', hours: '时辰', festivals: '节日', none: '无', weekdays: '日一二三四五六', year: '年', monthSuffix: '月',
    day: '日', hour: '时', hourName: '{}时', hourYi: '{}时宜', hourJi: '{}时忌', weekday: '周', listSeparator: ' ', itemSeparator: '，',
    nextOutOfRange: ' 在 {} 年，超出范围',
    hourOutOfRange: '，属 {}，超出范围',
    pentad: '物候', pentadIndex: '初候 二候 三候', pentadStart: '{}起', season: '季节', winterNine: '数九', nines: '一 二 三 四 五 六 七 八 九',
    nine: '{}九', dayOf: '第{}天', dogDays: '三伏', liuYao: '六曜', dayXunKong: '旬空', taiSui: '太岁', nineStars: '九星',
    ofYear: '年', ofMonth: '月', ofDay: '日', partSeparator: ' ', westernZodiac: '星座', sign: '{}座', holidayOff: '休（{}）', holidayWork: '班（{}）', palace: '{}方',
    lu: '日禄',
    // huangli bazi
    born: '出生', cst: '中国标准时间', trueSolarTime: '真太阳时', meanSolarTime: '平太阳时', equationOfTime: '均时差',
    east: '东经 {}°', west: '西经 {}°', minutes: '分', seconds: '秒',
    yearPillar: '年柱', monthPillar: '月柱', dayPillar: '日柱', hourPillar: '时柱', tenGod: '十神', stem: '天干', branch: '地支',
    hiddenStems: '藏干', hiddenStem: '{} ', growth: '长生', xunKong: '旬空', pillar: '干支',
    taiYuan: '胎元', taiXi: '胎息', mingGong: '命宫', shenGong: '身宫',
    luck: '大运', male: '男', female: '女', forward: '顺行', backward: '逆行', luckStart: '{}起运', luckDate: '{} 交运',
    unitYear: '年', unitMonth: '个月', unitDay: '天', unitHour: '小时', beforeLuck: '起运前', ages: '{}岁',
    lookupSpan: '{} 至 {}', colon: '：',
  },
  'zh-Hant': {
    lunar: '農曆', pillars: '干支', term: '節氣', next: '下一個 ', score: '今日運勢評分', month: '本月運勢', elements: '五行',
    pengZu: '彭祖百忌', yi: '宜', ji: '忌', moon: '月相', clash: '日沖', officer: '建除', deity: '天神', naYin: '納音',
    mansion: '星宿', gods: '吉神', evils: '凶煞', directions: '方位', xiShen: '喜神', fuShen: '福神', caiShen: '財神',
    taiShen: '胎神', hours: '時辰', festivals: '節日', none: '無', weekdays: '日一二三四五六', year: '年', monthSuffix: '月',
    day: '日', hour: '時', hourName: '{}時', hourYi: '{}時宜', hourJi: '{}時忌', weekday: '週', listSeparator: ' ', itemSeparator: '，',
    nextOutOfRange: ' 在 {} 年，超出範圍',
    hourOutOfRange: '，屬 {}，超出範圍',
    pentad: '物候', pentadIndex: '初候 二候 三候', pentadStart: '{}起', season: '季節', winterNine: '數九', nines: '一 二 三 四 五 六 七 八 九',
    nine: '{}九', dayOf: '第{}天', dogDays: '三伏', liuYao: '六曜', dayXunKong: '旬空', taiSui: '太歲', nineStars: '九星',
    ofYear: '年', ofMonth: '月', ofDay: '日', partSeparator: ' ', westernZodiac: '星座', sign: '{}座', holidayOff: '休（{}）', holidayWork: '班（{}）', palace: '{}方',
    lu: '日祿',
    born: '出生', cst: '中國標準時間', trueSolarTime: '真太陽時', meanSolarTime: '平太陽時', equationOfTime: '均時差',
    east: '東經 {}°', west: '西經 {}°', minutes: '分', seconds: '秒',
    yearPillar: '年柱', monthPillar: '月柱', dayPillar: '日柱', hourPillar: '時柱', tenGod: '十神', stem: '天干', branch: '地支',
    hiddenStems: '藏干', hiddenStem: '{} ', growth: '長生', xunKong: '旬空', pillar: '干支',
    taiYuan: '胎元', taiXi: '胎息', mingGong: '命宮', shenGong: '身宮',
    luck: '大運', male: '男', female: '女', forward: '順行', backward: '逆行', luckStart: '{}起運', luckDate: '{} 交運',
    unitYear: '年', unitMonth: '個月', unitDay: '天', unitHour: '小時', beforeLuck: '起運前', ages: '{}歲',
    lookupSpan: '{} 至 {}', colon: '：',
  },
  en: {
    lunar: 'Lunar date', pillars: 'Pillars', term: 'Solar term', next: 'next: ', score: 'Fortune score', month: 'This month', elements: 'Elements',
    pengZu: 'Peng Zu taboos', yi: 'Favourable', ji: 'Avoid', moon: 'Moon', clash: 'Clash', officer: 'Day officer', deity: 'Deity', naYin: 'Na Yin',
    mansion: 'Mansion', gods: 'Good spirits', evils: 'Bad spirits', directions: 'Directions', xiShen: 'Joy', fuShen: 'Fortune', caiShen: 'Wealth',
    taiShen: 'Fetus god', hours: 'Hours', festivals: 'Festivals', none: 'none', weekdays: 'SuMoTuWeThFrSa', year: ' year', monthSuffix: ' month',
    day: ' day', hour: ' hour', hourName: '{} hour', hourYi: '{} hour: favourable', hourJi: '{} hour: avoid', weekday: '', listSeparator: ', ', itemSeparator: ', ',
    nextOutOfRange: ', in {}, outside the supported range',
    hourOutOfRange: ', part of {}, outside the supported range',
    pentad: 'Pentad', pentadIndex: '1st 2nd 3rd', pentadStart: 'from {}', season: 'Season', winterNine: 'Nines of winter', nines: '1st 2nd 3rd 4th 5th 6th 7th 8th 9th',
    nine: '{} nine', dayOf: ', day {}', dogDays: 'Dog days', liuYao: 'Rokuyo', dayXunKong: 'Void', taiSui: 'Tai Sui', nineStars: 'Flying stars',
    ofYear: 'year ', ofMonth: 'month ', ofDay: 'day ', partSeparator: '; ', westernZodiac: 'Sign', sign: '{}', holidayOff: 'day off ({})', holidayWork: 'workday ({})', palace: '{}: ',
    lu: 'Emolument',
    born: 'Born', cst: 'China Standard Time', trueSolarTime: 'True solar time', meanSolarTime: 'mean solar time', equationOfTime: 'equation of time',
    east: '{}°E', west: '{}°W', minutes: ' min ', seconds: ' s',
    yearPillar: 'Year', monthPillar: 'Month', dayPillar: 'Day', hourPillar: 'Hour', tenGod: 'Ten god', stem: 'Stem', branch: 'Branch',
    hiddenStems: 'Hidden stems', hiddenStem: '{}: ', growth: 'Stage', xunKong: 'Void', pillar: 'Pillar',
    taiYuan: 'Fetal origin', taiXi: 'Fetal breath', mingGong: 'Life palace', shenGong: 'Body palace',
    luck: 'Luck', male: 'male', female: 'female', forward: 'forward', backward: 'backward', luckStart: 'starts at {}', luckDate: 'on {}',
    unitYear: ' year', unitMonth: ' month', unitDay: ' day', unitHour: ' hour', beforeLuck: 'before luck', ages: 'ages {}',
    lookupSpan: '{} to {}', colon: ': ',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The full English names of the weekdays, Sunday first. */
export const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
