package org.steward.app.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.app.StewardBoot;
import org.steward.platform.batch.JobRuns;
import org.steward.platform.batch.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Recent runs from the JobRepository: job, period, status, duration, rows.")
final class StatusCommand extends SettingsCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int limit;


    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = StewardBoot.start(settings())) {
            List<RunRecord> runs = context.getBean(JobRuns.class).recent(limit);
            PrintWriter out = out();
            if (runs.isEmpty()) {
                out.println("no runs yet");
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            for (RunRecord run : runs) {
                rows.add(List.of(Long.toString(run.executionId()), run.job(), String.valueOf(run.scope()), run.status(),
                        run.started() == null ? "" : WHEN.format(run.started()),
                        String.format("%.1f s", run.duration().toMillis() / 1000.0),
                        String.format("%,d", run.rowsRead()), String.format("%,d", run.rowsWritten()),
                        String.format("%,d", run.rowsQuarantined()), String.valueOf(run.output())));
            }
            TextTable.print(out, List.of("execution", "job", "period", "status", "started", "duration", "rows read",
                    "rows written", "quarantined", "output"), rows);
            return 0;
        }
    }
}
