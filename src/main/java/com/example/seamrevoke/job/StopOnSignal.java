package com.example.seamrevoke.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import com.example.seamrevoke.ExitCode;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * SIGTERM (a scheduler's stop) and SIGINT (Ctrl-C) during a run ask the job to stop at the end
 * of the in-flight chunk, so the execution ends STOPPED with its report written and the process
 * exits 1. The JVM's own handling would exit 143 mid-chunk. A second signal stops at once.
 */
@Component
class StopOnSignal {

    private static final Logger log = LoggerFactory.getLogger(StopOnSignal.class);
    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private final JobRepository jobRepository;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    StopOnSignal(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    JobExecution whileRunning(JobOperator jobOperator, Callable<JobExecution> run) throws Exception {
        stopRequested.set(false);
        List<Runnable> restore = new ArrayList<>();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                SignalHandler previous = Signal.handle(signal, s -> requestStop(jobOperator, s));
                restore.add(() -> Signal.handle(signal, previous));
            } catch (IllegalArgumentException unsupported) {
                log.debug("signal {} cannot be handled here", name);
            }
        }
        try {
            return run.call();
        } finally {
            restore.forEach(Runnable::run);
        }
    }

    private void requestStop(JobOperator jobOperator, Signal signal) {
        if (!stopRequested.compareAndSet(false, true)) {
            System.err.println("SIG" + signal.getName() + " again: stopping now; the same command resumes.");
            Runtime.getRuntime().halt(ExitCode.STOPPED);
        }
        System.err.println("SIG" + signal.getName() + ": finishing the rows in flight, then stopping"
                + " (send it again to stop at once).");
        for (JobExecution running : jobRepository.findRunningJobExecutions(RevokeAccessJobConfiguration.JOB_NAME)) {
            try {
                jobOperator.stop(running);
            } catch (Exception e) {
                log.warn("could not stop execution {}: {}", running.getId(), e.getMessage());
            }
        }
    }
}
