package org.entente.agents;

/** A host and TCP port, as given on the command line ({@code HOST:PORT}): where the main container listens. */
public record Endpoint(String host, int port) {
    public Endpoint {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("no host");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1-65535, got " + port);
    }

    /** Parses {@code HOST:PORT} ({@code [v6addr]:PORT} for IPv6); the message names what is wrong. */
    public static Endpoint parse(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected HOST:PORT (e.g. 127.0.0.1:7778), got '" + text + "'");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the port in '" + text + "' is not a number");
        }
        return new Endpoint(host, port);
    }

    /** Whether the host is a loopback address (127.0.0.0/8, ::1, localhost). */
    public boolean loopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
