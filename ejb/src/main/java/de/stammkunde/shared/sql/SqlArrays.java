package de.stammkunde.shared.sql;

import java.util.Collection;
import java.util.StringJoiner;

/**
 * A list as one parameter of a native query, in PostgreSQL's array syntax, for
 * {@code where id = any(cast(:ids as bigint[]))}: one parameter however many values, where a JPQL
 * {@code in :ids} binds one parameter per value and costs Hibernate more than the query itself
 * once the lists reach a thousand (a batch of messages asks for a thousand clients several times).
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** {@code {1,2,3}}, for {@code cast(:p as bigint[])}. */
    public static String bigints(Collection<Long> values) {
        StringJoiner array = new StringJoiner(",", "{", "}");
        for (Long value : values) {
            array.add(String.valueOf(value.longValue()));
        }
        return array.toString();
    }

    /** {@code {"a","b \"c\""}}, every element quoted, for {@code cast(:p as text[])}. */
    public static String texts(Collection<String> values) {
        StringJoiner array = new StringJoiner(",", "{", "}");
        for (String value : values) {
            array.add('"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return array.toString();
    }
}
