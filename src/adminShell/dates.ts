/**
 * How the admin shows dates (date-fns patterns): always with the year, day before month, 24-hour clock, so
 * "Dec 02" can never be read as this year's when it is last year's.
 */
export const ADMIN_DATE_FORMAT = 'd MMM yyyy, HH:mm'
export const ADMIN_DAY_FORMAT = 'd MMM yyyy'
