/** Today's date in Islamabad (YYYY-MM-DD): the Embassy's calendar decides "today". */
export function todayInPakistan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Karachi" }).format(now);
}
