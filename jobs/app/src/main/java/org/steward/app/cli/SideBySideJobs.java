package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import org.steward.app.ExitCodes;
import org.steward.platform.batch.RunScope;
import org.steward.platform.concurrent.SideBySide;

/**
 * Runs jobs side by side: each starts as soon as the jobs whose outputs it reads ({@link JobCatalog.JobDefinition#reads})
 * have completed, so on a small input, where every job is mostly fixed costs on one thread, the cores are not left idle.
 * What people read does not depend on the timing: each job's line is printed in the order of the list, as in a run one
 * after the other, and the exit code is that of the first job in that order that did not complete (else the highest).
 * After a job fails no other job starts; those already running finish (they read nothing of the failed one).
 */
final class SideBySideJobs {

    /**
     * A job to run, and a line to print before its own (or none).
     *
     * @param heading printed before the job's line, e.g. what a group of jobs is about
     */
    record Planned(JobCatalog.JobDefinition job, RunScope scope, Optional<String> heading) {
    }

    private final JobRunner runner;
    private final PrintWriter out;
    private final int slots;

    /** @param slots how many jobs may run at once */
    SideBySideJobs(JobRunner runner, PrintWriter out, int slots) {
        this.runner = runner;
        this.out = out;
        this.slots = Math.max(1, slots);
    }

    /**
     * Runs the plan into {@code output}, reading {@code input}. A job named in a planned job's {@code reads} but not
     * planned itself must have completed before (the caller ran it).
     */
    int run(List<Planned> plan, Path input, Path output, Map<String, String> options) throws Exception {
        Set<String> planned = new HashSet<>();
        plan.forEach(p -> planned.add(p.job().name()));
        List<JobOutcome> outcomes = new ArrayList<>(plan.size());
        List<Throwable> errors = new ArrayList<>(plan.size());
        plan.forEach(p -> {
            outcomes.add(null);
            errors.add(null);
        });
        boolean[] started = new boolean[plan.size()];
        // Set on this thread as each job's result is taken, so its outcome is read only once the job is done with it.
        boolean[] finished = new boolean[plan.size()];
        Set<String> completed = new HashSet<>();
        ExecutorService pool = SideBySide.threads(slots);
        try {
            CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            int running = 0;
            int printed = 0;
            boolean stopped = false;
            while (true) {
                for (int i = 0; !stopped && running < slots && i < plan.size(); i++) {
                    Planned next = plan.get(i);
                    if (!started[i] && next.job().reads().stream()
                            .allMatch(name -> !planned.contains(name) || completed.contains(name))) {
                        started[i] = true;
                        running++;
                        int index = i;
                        done.submit(() -> {
                            try {
                                outcomes.set(index, runner.runUnprinted(next.job(), next.scope(), input, output, options));
                            } catch (Exception | Error e) {
                                errors.set(index, e);
                            }
                            return index;
                        });
                    }
                }
                if (running == 0) {
                    break;
                }
                int index = done.take().get();
                finished[index] = true;
                running--;
                JobOutcome outcome = outcomes.get(index);
                if (outcome != null && outcome.completed()) {
                    completed.add(outcome.job());
                } else {
                    stopped = true;
                }
                printed = printFrom(printed, plan, outcomes, started, finished, false);
            }
            printFrom(printed, plan, outcomes, started, finished, true);
        } finally {
            pool.shutdownNow();
        }
        return exitCode(outcomes, errors, started);
    }

    /**
     * Prints the lines of the finished jobs from {@code first} on, in plan order, up to the first job not finished
     * (or, {@code toTheEnd} once nothing runs and nothing will start, through the end, skipping jobs that never
     * started). Returns the next index to print.
     */
    private int printFrom(int first, List<Planned> plan, List<JobOutcome> outcomes, boolean[] started,
                          boolean[] finished, boolean toTheEnd) {
        int i = first;
        for (; i < plan.size(); i++) {
            if (!finished[i] && (started[i] || !toTheEnd)) {
                break;
            }
            if (!finished[i]) {
                continue;
            }
            plan.get(i).heading().ifPresent(out::println);
            if (outcomes.get(i) != null) {
                runner.print(outcomes.get(i));
            }
        }
        out.flush();
        return i;
    }

    /** The first failure in plan order (an exception is thrown as it is), else the highest exit code. */
    private static int exitCode(List<JobOutcome> outcomes, List<Throwable> errors, boolean[] started) throws Exception {
        int exit = ExitCodes.OK;
        for (int i = 0; i < outcomes.size(); i++) {
            if (errors.get(i) instanceof Exception e) {
                throw e;
            }
            if (errors.get(i) instanceof Error e) {
                throw e;
            }
            if (!started[i]) {
                continue;
            }
            JobOutcome outcome = outcomes.get(i);
            if (!outcome.completed()) {
                return outcome.exitCode();
            }
            exit = Math.max(exit, outcome.exitCode());
        }
        return exit;
    }
}
