package org.bitext.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * Peak heap of a run measured the way that means something: the heap in use right after each garbage
 * collection (what survived it: live data plus, for a young collection, old garbage not yet collected),
 * the maximum over all collections of the run, and the largest committed heap seen then. Reads the
 * collectors' standard JMX notifications ({@code com.sun.management.gc.notification}, whose data is plain
 * open-type JMX), so no JDK-internal class is used. The pools' peak usage, which counts garbage waiting for
 * the next collection, overstates what a job needs by up to the whole heap.
 */
final class HeapWatch implements AutoCloseable {

    private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";

    private final Set<String> heapPools = new HashSet<>();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakCommitted = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final AtomicLong peakAfterMajor = new AtomicLong();
    private final AtomicLong majorCollections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;

    /** Starts watching every collector of this JVM. */
    HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, n -> GC_NOTIFICATION.equals(n.getType()), null);
                emitters.add(e);
            }
        }
    }

    private void onNotification(Notification n, Object handback) {
        if (!(n.getUserData() instanceof CompositeData data) || !data.containsKey("gcInfo")) {
            return;
        }
        CompositeData info = (CompositeData) data.get("gcInfo");
        TabularData after = (TabularData) info.get("memoryUsageAfterGc");
        long used = 0;
        long committed = 0;
        for (Object row : after.values()) {
            CompositeData entry = (CompositeData) row;
            if (heapPools.contains((String) entry.get("key"))) {
                MemoryUsage u = MemoryUsage.from((CompositeData) entry.get("value"));
                used += u.getUsed();
                committed += u.getCommitted();
            }
        }
        // The peaks before the counts: a reader that sees a collection counted must see its figures.
        peakUsed.accumulateAndGet(used, Math::max);
        peakCommitted.accumulateAndGet(committed, Math::max);
        // After a young collection the old generation still holds its garbage; only a major (full)
        // collection leaves the live data alone, so its figure is the one that says what the job needs.
        if (data.containsKey("gcAction") && String.valueOf(data.get("gcAction")).contains("major")) {
            peakAfterMajor.accumulateAndGet(used, Math::max);
            majorCollections.incrementAndGet();
        }
        collections.incrementAndGet();
    }

    /** Largest heap in use right after a major (full) collection, in bytes (0 when none ran): the live data. */
    long peakAfterMajor() {
        return peakAfterMajor.get();
    }

    /** Major (full) collections seen. */
    long majorCollections() {
        return majorCollections.get();
    }

    /** Largest heap in use right after a collection, in bytes (0 when no collection ran). */
    long peakAfterGc() {
        return peakUsed.get();
    }

    /** Largest committed heap right after a collection, in bytes. */
    long peakCommitted() {
        return peakCommitted.get();
    }

    /** Number of collections seen. */
    long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // Never added to this one: nothing to remove.
            }
        }
    }
}
