package nl.rapport.engagement.worklist;

import java.time.LocalDate;
import java.time.MonthDay;

/** When a birthday next comes round; 29 February is celebrated on the 28th in other years. */
public final class Birthdays {

  private Birthdays() {}

  static LocalDate next(LocalDate birthday, LocalDate today) {
    MonthDay day = MonthDay.from(birthday);
    LocalDate thisYear =
        day.isValidYear(today.getYear())
            ? day.atYear(today.getYear())
            : LocalDate.of(today.getYear(), 2, 28);
    if (!thisYear.isBefore(today)) {
      return thisYear;
    }
    int next = today.getYear() + 1;
    return day.isValidYear(next) ? day.atYear(next) : LocalDate.of(next, 2, 28);
  }

  static int ageOn(LocalDate birthday, LocalDate day) {
    return day.getYear() - birthday.getYear();
  }
}
