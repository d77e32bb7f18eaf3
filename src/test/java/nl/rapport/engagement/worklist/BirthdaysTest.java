package nl.rapport.engagement.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthdaysTest {

  private static final LocalDate LEAP_DAY_BIRTH = LocalDate.of(1988, 2, 29);

  @Test
  void aBirthdayLaterThisYearIsThisYear() {
    assertEquals(
        LocalDate.of(2026, 12, 3),
        Birthdays.next(LocalDate.of(1970, 12, 3), LocalDate.of(2026, 11, 25)));
  }

  @Test
  void todayIsStillTodayAndYesterdayIsNextYear() {
    LocalDate today = LocalDate.of(2026, 11, 25);
    assertEquals(today, Birthdays.next(LocalDate.of(1980, 11, 25), today));
    assertEquals(LocalDate.of(2027, 11, 24), Birthdays.next(LocalDate.of(1980, 11, 24), today));
  }

  @Test
  void twentyNinthOfFebruaryIsCelebratedOnTheTwentyEighthInOtherYears() {
    assertEquals(
        LocalDate.of(2026, 2, 28), Birthdays.next(LEAP_DAY_BIRTH, LocalDate.of(2026, 1, 10)));
    assertEquals(
        LocalDate.of(2028, 2, 29), Birthdays.next(LEAP_DAY_BIRTH, LocalDate.of(2028, 2, 1)));
  }

  @Test
  void afterTheTwentyEighthInACommonYearTheNextOneIsNextYear() {
    assertEquals(
        LocalDate.of(2027, 2, 28), Birthdays.next(LEAP_DAY_BIRTH, LocalDate.of(2026, 3, 1)));
    assertEquals(
        LocalDate.of(2028, 2, 29), Birthdays.next(LEAP_DAY_BIRTH, LocalDate.of(2027, 3, 1)));
  }

  @Test
  void theAgeIsTheOneReachedThatDay() {
    assertEquals(38, Birthdays.ageOn(LEAP_DAY_BIRTH, LocalDate.of(2026, 2, 28)));
    assertEquals(40, Birthdays.ageOn(LEAP_DAY_BIRTH, LocalDate.of(2028, 2, 29)));
  }

  @Test
  void theDaysOfAWindowForTheQueryCrossTheYearAndBringTheLeapDayAlong() {
    assertEquals(
        java.util.Set.of(1229, 1230, 1231, 101, 102),
        Birthdays.monthDays(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 2)));
    assertEquals(
        java.util.Set.of(227, 228, 229, 301),
        Birthdays.monthDays(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 1)));
    assertEquals(
        java.util.Set.of(228, 229, 301),
        Birthdays.monthDays(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1)),
        "in a leap year the 29th is a day of its own");
  }
}
