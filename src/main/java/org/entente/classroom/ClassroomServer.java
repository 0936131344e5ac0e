package org.entente.classroom;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.net.BindException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The classroom's embedded HTTP server (Jetty 12): binds where it is told (loopback unless the
 * teacher opens it to a classroom network), limits request sizes, and answers Jetty's own errors
 * (malformed requests, oversized bodies) as JSON without any detail of the server.
 */
public final class ClassroomServer implements AutoCloseable {
    /** Most request bytes accepted (headers aside): the API's bodies are small JSON objects. */
    static final long MAX_REQUEST = 64 * 1024;

    private final Server server;
    private final ServerConnector connector;

    private ClassroomServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Serves {@code classroom} on {@code bind}:{@code port} (0: any free port) and returns once it
     * listens; {@code log} gets one line per event the teacher's terminal should show.
     */
    public static ClassroomServer start(Classroom classroom, ClassResults results, ClassDebrief debrief, String bind,
                                        int port, Consumer<String> log) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(256, 8);
        threads.setName("classroom-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(bind);
        connector.setPort(port);
        connector.setIdleTimeout(60_000);
        server.addConnector(connector);
        ClassroomHandler routes = new ClassroomHandler(new StudentApi(classroom), new TeacherApi(classroom, results, debrief), log);
        SizeLimitHandler limit = new SizeLimitHandler(MAX_REQUEST, -1);
        limit.setHandler(routes);
        server.setHandler(limit);
        server.setErrorHandler(new JsonErrors());
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (BindException e) {
            stopQuietly(server);
            throw new IOException("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "): is another classroom running there? Choose another --port", e);
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("cannot start the classroom server on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        return new ClassroomServer(server, connector);
    }

    /** The port it listens on (the one chosen when started with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping: nothing left to do about a connector that would not close
        }
    }

    /** Jetty's own error answers (bad requests, bodies too large) as {@code {"error": reason}}, never a stack trace. */
    private static final class JsonErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() >= 400 ? response.getStatus() : 500;
            String reason = HttpStatus.getMessage(status);
            byte[] body = ("{\"error\":\"" + reason.replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }
    }
}
