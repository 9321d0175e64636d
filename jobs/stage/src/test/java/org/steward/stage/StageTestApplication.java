package org.steward.stage;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.steward.platform.batch.StewardPlatformConfiguration;

@SpringBootConfiguration
@EnableAutoConfiguration
@Import({StewardPlatformConfiguration.class, StageJobConfiguration.class})
class StageTestApplication {
}
