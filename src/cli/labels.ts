import type { Locale } from '../index';

/** The words of the command's own output (the almanac's terms come from `localize`), per language. */
export const LABELS = {
  'zh-Hans': { lunar: '农历', pillars: '干支', term: '节气', score: '今日运势评分', month: '本月运势', elements: '五行', pengZu: '彭祖百忌', yi: '宜', ji: '忌', moon: '月相', clash: '日冲', officer: '建除', deity: '天神', naYin: '纳音', mansion: '星宿', gods: '吉神', evils: '凶煞', directions: '方位', hours: '时辰', festivals: '节日', none: '无', weekdays: '日一二三四五六', year: '年', monthSuffix: '月', day: '日', weekday: '周' },
  'zh-Hant': { lunar: '農曆', pillars: '干支', term: '節氣', score: '今日運勢評分', month: '本月運勢', elements: '五行', pengZu: '彭祖百忌', yi: '宜', ji: '忌', moon: '月相', clash: '日沖', officer: '建除', deity: '天神', naYin: '納音', mansion: '星宿', gods: '吉神', evils: '凶煞', directions: '方位', hours: '時辰', festivals: '節日', none: '無', weekdays: '日一二三四五六', year: '年', monthSuffix: '月', day: '日', weekday: '週' },
  en: { lunar: 'Lunar date', pillars: 'Pillars', term: 'Solar term', score: 'Fortune score', month: 'This month', elements: 'Elements', pengZu: 'Peng Zu taboos', yi: 'Favourable', ji: 'Avoid', moon: 'Moon', clash: 'Clash', officer: 'Day officer', deity: 'Deity', naYin: 'Na Yin', mansion: 'Mansion', gods: 'Good spirits', evils: 'Bad spirits', directions: 'Directions', hours: 'Hours', festivals: 'Festivals', none: 'none', weekdays: 'SuMoTuWeThFrSa', year: '', monthSuffix: '', day: '', weekday: '' },
} as const satisfies Record<Locale, Record<string, string>>;
