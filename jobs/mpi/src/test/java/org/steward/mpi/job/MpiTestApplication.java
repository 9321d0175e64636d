package org.steward.mpi.job;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.steward.platform.batch.StewardPlatformConfiguration;
import org.steward.stage.StageJobConfiguration;

@SpringBootConfiguration
@EnableAutoConfiguration
@Import({StewardPlatformConfiguration.class, StageJobConfiguration.class, MpiJobConfiguration.class})
class MpiTestApplication {
}
