package nl.rapport.engagement.worklist;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

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

  /**
   * The days from {@code first} to {@code last} as month × 100 + day, for a query on birthdays; a
   * 28 February of a common year brings 29 February with it (celebrated that day).
   */
  static Set<Integer> monthDays(LocalDate first, LocalDate last) {
    Set<Integer> days = new TreeSet<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      days.add(d.getMonthValue() * 100 + d.getDayOfMonth());
      if (d.getMonthValue() == 2 && d.getDayOfMonth() == 28 && !d.isLeapYear()) {
        days.add(229);
      }
    }
    return days;
  }
}
