package org.talentflow.app.cli;

import org.talentflow.analytics.Period;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.time.DateTimeException;
import java.time.LocalDate;

/** --since and --until, read by the API's rule ({@link Period}): a year, a month or a day, each counted whole. */
final class PeriodOptions {

    @Option(names = "--since", paramLabel = "DATE", converter = Since.class, description = "From this year, month or day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", converter = Until.class, description = "Up to this year, month or day.")
    LocalDate until;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The window asked for; since after until is a usage error (exit 2), as the API answers it with a 400. */
    Period period() {
        try {
            return new Period(since, until);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(),
                    "--since (" + since + ") is after --until (" + until + "): no day is in both");
        }
    }

    static final class Since implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return Period.start(value);
            } catch (DateTimeException e) {
                throw notADate(value);
            }
        }
    }

    static final class Until implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return Period.end(value);
            } catch (DateTimeException e) {
                throw notADate(value);
            }
        }
    }

    private static TypeConversionException notADate(String value) {
        return new TypeConversionException("'" + value + "' is not a date; use 2025, 2025-02 or 2025-02-14");
    }
}
