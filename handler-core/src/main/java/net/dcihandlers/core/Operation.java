package net.dcihandlers.core;

import net.dcihandlers.core.protocol.Response;

/** One function of a handler. */
@FunctionalInterface
public interface Operation {
    Response run(Call call) throws HandlerException;
}
