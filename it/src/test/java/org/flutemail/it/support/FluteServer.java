package org.flutemail.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Flute server process under test: a private copy of the provisioned server, started with
 * {@code bin/standalone.sh} and a port offset. It can be stopped gracefully, killed with
 * SIGKILL and started again on the same data.
 */
public final class FluteServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "it-Admin-Secret-7";
    public static final String DOMAIN = "example.test";
    public static final String HOST = "127.0.0.1";

    /** 300 s, generous because a shared machine can be slow; {@code -Dflute.it.startupSeconds=N} to change it. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(Long.getLong("flute.it.startupSeconds", 300));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The mail ports sit in a block of their own at {@code 20000 + offset}, one port per protocol,
     * instead of at the standard port plus the offset: with the standard layout the IMAP port of one
     * offset was the IMAPS or HTTPS port of another (they are 850 and 1700 apart), so two test classes
     * could not run side by side. Offsets are multiples of 10, so the blocks never overlap.
     */
    private static final int MAIL_PORT_BASE = 20000;

    private static final List<String> MAIL_PORT_PROPERTIES = List.of(
            "flute.smtp.port", "flute.submission.port", "flute.smtps.port", "flute.pop3.port",
            "flute.pop3s.port", "flute.imap.port", "flute.imaps.port", "flute.managesieve.port");

    /** Undertow's HTTPS listener (unused by the tests) moved out of the way of the mail ports too. */
    private static final int HTTPS_PORT_BASE = 4443;

    private final String name;
    private final int portOffset;
    private final Path home;
    private final TestDatabase database;
    private final List<String> properties;
    private final FluteApi api;
    private Process launcher;
    private Thread shutdownHook;

    private FluteServer(String name, int portOffset, Path home, TestDatabase database, List<String> properties) {
        if (portOffset % 10 != 0) {
            throw new IllegalArgumentException("port offset " + portOffset + " is not a multiple of 10");
        }
        this.name = name;
        this.properties = List.copyOf(properties);
        this.portOffset = portOffset;
        this.home = home;
        this.database = database;
        this.api = new FluteApi(URI.create("http://" + HOST + ":" + httpPort() + "/api/v1/"),
                ADMIN_USER, ADMIN_PASSWORD);
    }

    /** Copies the provisioned server to {@code <flute.it.work>/<name>}, replacing any earlier copy. */
    public static FluteServer create(String name, int portOffset, TestDatabase database) {
        return create(name, portOffset, database, List.of());
    }

    /** As {@link #create(String, int, TestDatabase)}, with extra {@code name=value} system properties. */
    public static FluteServer create(String name, int portOffset, TestDatabase database, List<String> properties) {
        Path source = Paths.get(System.getProperty("flute.it.server.source", "../wildfly-config/target/server"))
                .toAbsolutePath().normalize();
        Path work = Paths.get(System.getProperty("flute.it.work", "target/servers"));
        Path home = work.resolve(name).toAbsolutePath();
        ServerCopy.copy(source, home);
        return new FluteServer(name, portOffset, home, database, properties);
    }

    public String name() {
        return name;
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public int managementPort() {
        return 9990 + portOffset;
    }

    public int smtpPort() {
        return mailPort("flute.smtp.port");
    }

    /** The submission port (RFC 6409): STARTTLS, then AUTH before MAIL. */
    public int submissionPort() {
        return mailPort("flute.submission.port");
    }

    /** The submission port with implicit TLS (RFC 8314), "SMTPS". */
    public int smtpsPort() {
        return mailPort("flute.smtps.port");
    }

    /** The POP3 port (RFC 1939): STLS, then USER/PASS or AUTH PLAIN. */
    public int pop3Port() {
        return mailPort("flute.pop3.port");
    }

    /** The POP3 port with implicit TLS (RFC 8314), "POP3S". */
    public int pop3sPort() {
        return mailPort("flute.pop3s.port");
    }

    public int imapPort() {
        return mailPort("flute.imap.port");
    }

    public int imapsPort() {
        return mailPort("flute.imaps.port");
    }

    private int mailPort(String property) {
        return MAIL_PORT_BASE + portOffset + MAIL_PORT_PROPERTIES.indexOf(property);
    }

    public FluteApi api() {
        return api;
    }

    public Path home() {
        return home;
    }

    public String databaseName() {
        return database.description();
    }

    /** Starts the server on its data folder and waits until both HTTP and SMTP answer. */
    public synchronized void start() {
        if (launcher != null && launcher.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        for (int port : List.of(httpPort(), managementPort(), smtpPort())) {
            requirePortFree(port);
        }
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml",
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.https.port=" + HTTPS_PORT_BASE));
        MAIL_PORT_PROPERTIES.forEach(property -> command.add("-D" + property + "=" + mailPort(property)));
        properties.forEach(p -> command.add("-D" + p));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(home.resolve("console.log").toFile()));
        Map<String, String> environment = builder.environment();
        environment.remove("LAUNCH_JBOSS_IN_BACKGROUND");
        environment.remove("JBOSS_PIDFILE");
        environment.put("JBOSS_HOME", home.toString());
        environment.put("FLUTE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("FLUTE_DOMAIN", DOMAIN);
        environment.putAll(database.environment());
        try {
            launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + builder.command(), e);
        }
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::killQuietly, "kill " + name);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        awaitReady();
    }

    /** Graceful stop: SIGTERM to the server JVM, then SIGKILL if it has not exited in time. */
    public synchronized void stop() {
        if (launcher == null) {
            return;
        }
        Optional<ProcessHandle> jvm = serverJvm();
        jvm.ifPresentOrElse(ProcessHandle::destroy, launcher::destroy);
        if (!awaitExit(jvm, STOP_TIMEOUT)) {
            killQuietly();
        }
        launcher = null;
    }

    /** SIGKILL to the server JVM, as a power cut would stop it; waits until it is gone. */
    public synchronized void kill9() {
        ProcessHandle jvm = serverJvm().orElseThrow(() -> new IllegalStateException(name + " has no JVM to kill"));
        jvm.destroyForcibly();
        if (!awaitExit(Optional.of(jvm), STOP_TIMEOUT)) {
            killQuietly();
        }
        launcher = null;
    }

    @Override
    public synchronized void close() {
        try {
            stop();
        } finally {
            if (shutdownHook != null) {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
                shutdownHook = null;
            }
            database.close();
        }
    }

    /** The last lines of {@code standalone/log/server.log} (or of the console if there is none yet). */
    public String logTail(int lines) {
        Path log = home.resolve("standalone/log/server.log");
        if (!Files.exists(log)) {
            log = home.resolve("console.log");
        }
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(api.uri("health")).timeout(Duration.ofSeconds(5)).build();
        String lastProblem = "nothing tried yet";
        boolean httpUp = false;
        while (Instant.now().isBefore(deadline)) {
            if (!launcher.isAlive()) {
                throw new AssertionError(name + ": the server process exited with code " + launcher.exitValue()
                        + " while starting.\n--- end of server log ---\n" + logTail(80));
            }
            try {
                if (!httpUp) {
                    HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                    httpUp = response.statusCode() == 200;
                    lastProblem = "GET /api/v1/health answered " + response.statusCode() + " " + response.body();
                }
                if (httpUp) {
                    try (SmtpConnection smtp = SmtpConnection.open(HOST, smtpPort(), Duration.ofSeconds(5))) {
                        SmtpConnection.Reply greeting = smtp.greeting();
                        if (greeting.code() == 220) {
                            smtp.command("QUIT");
                            return;
                        }
                        lastProblem = "SMTP greeting was " + greeting;
                    }
                }
            } catch (IOException e) {
                lastProblem = (httpUp ? "SMTP port " + smtpPort() : "GET /api/v1/health") + ": " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + name, e);
            }
            sleep(Duration.ofMillis(500));
        }
        String tail = logTail(80);
        killQuietly();
        throw new AssertionError(name + " was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s (last: "
                + lastProblem + ").\n--- end of server log ---\n" + tail);
    }

    /** The server JVM's process id, for tools that attach to it (JMX). */
    public long jvmPid() {
        return serverJvm().orElseThrow(() -> new IllegalStateException(name + " has no JVM")).pid();
    }

    /** standalone.sh runs java as its child; the JVM is the process to signal. */
    private Optional<ProcessHandle> serverJvm() {
        if (launcher == null) {
            return Optional.empty();
        }
        ProcessHandle root = launcher.toHandle();
        if (isJava(root)) {
            return Optional.of(root);
        }
        return root.descendants().filter(FluteServer::isJava).findFirst();
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/java")).orElse(false);
    }

    private boolean awaitExit(Optional<ProcessHandle> jvm, Duration timeout) {
        try {
            if (jvm.isPresent()) {
                jvm.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            return launcher.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void killQuietly() {
        Process process = launcher;
        if (process != null) {
            List<ProcessHandle> all = new ArrayList<>(process.toHandle().descendants().toList());
            all.add(process.toHandle());
            all.forEach(ProcessHandle::destroyForcibly);
            all.forEach(p -> p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join());
        }
    }

    private void requirePortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, port));
        } catch (IOException e) {
            throw new IllegalStateException(name + ": port " + port + " is in use (a server left over from an"
                    + " earlier run, or someone else's?)", e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return name + " (offset " + portOffset + ", " + database.description() + ")";
    }
}
