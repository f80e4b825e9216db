package org.talentflow.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * --limit: at least 1, as the API's limit is. Without a cap: a command line user may ask for every row, while the
 * API caps a page to protect the server.
 */
final class Limit implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < 1) {
            throw new TypeConversionException("must be at least 1, not " + n);
        }
        return n;
    }
}
