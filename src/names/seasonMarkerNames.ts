/** The three periods of 三伏, the dog days, in order. */
export const DOG_DAYS_PERIODS = ['初伏', '中伏', '末伏'] as const;

/** The days the plum rains (梅雨) begin and end. */
export const PLUM_RAIN_DAYS = ['入梅', '出梅'] as const;
