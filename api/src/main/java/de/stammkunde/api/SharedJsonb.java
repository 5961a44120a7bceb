package de.stammkunde.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and answer of the API, with the defaults RESTEasy would
 * use. Without a resolver RESTEasy builds and closes a fresh instance per body it reads or writes:
 * each looks up its JSON provider again and learns every class anew by reflection, which made
 * writing a small JSON answer cost more than the request's own work. A JSON-B instance is
 * thread-safe and keeps what it has learnt about the classes.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
