package org.bitext.terms;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.Method;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops a child JVM started with {@code -agentlib:jdwp=…,server=y,suspend=y,address=127.0.0.1:0} at a chosen
 * point of its real code, through the Java debugger interface (JDI): a breakpoint on a method, hit a given
 * number of times while a file the test watches exists. The child stays suspended there, so the test can kill
 * it at exactly that point: a deterministic trigger that needs no test hook in the code under test.
 */
@SuppressForbidden(reason = "com.sun.jdi is the exported jdk.jdi API (the Java Debug Interface)")
final class StoppedJob {

    private static final Pattern LISTENING = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");
    private static final long TIMEOUT_MS = 120_000;

    private StoppedJob() {
    }

    /**
     * Runs {@code job} until {@code type.method} is entered for at least the {@code hits}-th time while
     * {@code watched} lists exactly one file; returns that file with the job suspended there.
     */
    static Path stopWhileWriting(Process job, String type, String method, int hits, Callable<List<Path>> watched)
            throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(job.getInputStream(), StandardCharsets.UTF_8));
        String port = null;
        while (port == null) {
            String line = lines.readLine();
            if (line == null) {
                break;
            }
            Matcher m = LISTENING.matcher(line);
            port = m.find() ? m.group(1) : null;
        }
        if (port == null) {
            throw new IllegalStateException("the job did not start its debug agent");
        }
        // The job's own output is not read any more: drain it so that it never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    // discard
                }
            } catch (java.io.IOException ended) {
                // the job was killed
            }
        }, "job-output");
        drain.setDaemon(true);
        drain.start();
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> args = socket.defaultArguments();
        args.get("hostname").setValue("127.0.0.1");
        args.get("port").setValue(port);
        VirtualMachine vm = socket.attach(args);
        ClassPrepareRequest prepare = vm.eventRequestManager().createClassPrepareRequest();
        prepare.addClassFilter(type);
        prepare.enable();
        vm.resume();
        int seen = 0;
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            EventSet events = vm.eventQueue().remove(1_000);
            if (events == null) {
                continue;
            }
            for (Event e : events) {
                if (e instanceof ClassPrepareEvent p) {
                    breakOn(vm, p.referenceType(), method);
                } else if (e instanceof BreakpointEvent) {
                    List<Path> files = watched.call();
                    if (files.size() == 1 && ++seen >= hits) {
                        return files.get(0); // not resumed: the whole job stays stopped here
                    }
                } else if (e instanceof VMDeathEvent || e instanceof VMDisconnectEvent) {
                    throw new IllegalStateException("the job ended before " + type + "." + method + " was hit "
                            + hits + " times while writing (" + seen + ")");
                }
            }
            events.resume();
        }
        throw new IllegalStateException("timed out waiting for " + type + "." + method);
    }

    private static void breakOn(VirtualMachine vm, ReferenceType type, String method) {
        List<Method> methods = type.methodsByName(method);
        if (methods.isEmpty()) {
            throw new IllegalStateException(type.name() + " has no method " + method);
        }
        for (Method m : methods) {
            BreakpointRequest b = vm.eventRequestManager().createBreakpointRequest(m.location());
            b.setSuspendPolicy(EventRequest.SUSPEND_ALL);
            b.enable();
        }
    }
}
