package org.talentflow.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.YearMonth;

/** --since and --until take a year, a month or a day; a period counts whole, so --until 2025 means to the end of 2025. */
final class DateBounds {

    private DateBounds() {
    }

    static final class Since implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return bound(value, true);
        }
    }

    static final class Until implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return bound(value, false);
        }
    }

    static LocalDate bound(String value, boolean start) {
        String v = value.trim();
        try {
            if (v.matches("\\d{4}")) {
                int year = Integer.parseInt(v);
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(v);
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            return LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
            throw new TypeConversionException("'" + value + "' is not a date; use 2025, 2025-02 or 2025-02-14");
        }
    }
}
