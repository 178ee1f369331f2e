package plv.platform.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void showsPenceAsPoundsForPeople() {
        assertEquals("£20,000.00", Money.format(2_000_000));
        assertEquals("£0.05", Money.format(5));
        assertEquals("-£1.50", Money.format(-150));
        assertEquals("£92,233,720,368,547,758.07", Money.format(Long.MAX_VALUE));
    }

    @Test
    void showsWholePoundsForTotals() {
        assertEquals("£1,250,001", Money.formatWhole(125_000_050));
        assertEquals("£1,250,000", Money.formatWhole(125_000_049));
        assertEquals("£2", Money.formatWhole(150));
        assertEquals("-£2", Money.formatWhole(-150));
        assertEquals("£0", Money.formatWhole(-49));
        assertEquals("£0", Money.formatWhole(0));
    }

    /** The copies this replaced printed -50 pence as £0.50 (or £-1.-50): the sign was lost or doubled. */
    @Test
    void aNegativeAmountKeepsItsSign() {
        assertEquals("-£0.50", Money.format(-50));
        assertEquals("-£1.50", Money.format(-150));
    }

    @Test
    void showsPenceForFormsAndFiles() {
        assertEquals("1,250,000.50", Money.typed(125_000_050));
        assertEquals("1250000.50", Money.plain(125_000_050));
        assertEquals("-0.01", Money.plain(-1));
    }

    @Test
    void readsPoundsAsTyped() {
        assertEquals(125_000_000, Money.parse("1250000"));
        assertEquals(125_000_050, Money.parse(" £1,250,000.5 "));
        assertEquals(125_000_050, Money.parse("1 250 000.50"));
        assertEquals(100, Money.parse("1.000"));
        // what format and typed write reads back as the same pence
        for (long pence : new long[] { 0, 1, 99, 2_000_000, 123_456_789_012L, -150 }) {
            assertEquals(pence, Money.parse(Money.format(pence).replace("-£", "-")));
            assertEquals(pence, Money.parse(Money.typed(pence)));
            assertEquals(pence, Money.parse(Money.plain(pence)));
        }
    }

    @Test
    void refusesWhatIsNotAnAmountSayingWhy() {
        assertTrue(assertThrows(NumberFormatException.class, () -> Money.parse("twenty")).getMessage().contains("not an amount"));
        assertTrue(assertThrows(NumberFormatException.class, () -> Money.parse("1.005")).getMessage().contains("two decimal"));
        assertTrue(assertThrows(NumberFormatException.class, () -> Money.parse("1e30")).getMessage().contains("too large"));
    }
}
