package net.dcihandlers.core.protocol;

import net.dcihandlers.core.HandlerException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Reads the request document from stdin. Refuses what a hostile or broken caller could send:
 * more than 1 MiB, bytes that are not UTF-8, a DOCTYPE (and with it every entity trick), an XML
 * version other than 1.0 (1.1 lets control characters such as {@code &#1;} through), nesting
 * deeper than any request needs, any root but {@code doc}, and any element of the request model
 * given twice: DCImanager sends one of each, and a reader that let the last one win would act
 * on a request nobody can tell the meaning of ({@code <func>status</func><func>port_off</func>}).
 * The XML itself is read by {@link RequestParser}.
 */
public final class RequestReader {
    public static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = RequestParser.MAX_DEPTH;
    /**
     * The elements the request model has once each, by the path of their parent ("doc",
     * "doc/device_params", "doc/port").
     */
    static final Map<String, Set<String>> ONCE = RequestModel.onceEach();

    private RequestReader() {
    }

    public static Request read(InputStream in) throws HandlerException {
        return parse(decode(readLimited(in)));
    }

    static byte[] readLimited(InputStream in) throws HandlerException {
        try {
            byte[] b = in.readNBytes(MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                throw HandlerException.badData("the request is larger than 1 MiB; refused");
            }
            return b;
        } catch (IOException e) {
            throw HandlerException.badData("cannot read the request from stdin: " + e.getMessage());
        }
    }

    static String decode(byte[] bytes) throws HandlerException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw HandlerException.badData("the request is not well-formed UTF-8; refused");
        }
    }

    static Request parse(String text) throws HandlerException {
        if (text.isBlank()) {
            throw HandlerException.badData("the request is empty: expected a <doc> with <func> on stdin");
        }
        return RequestParser.parse(text);
    }
}
