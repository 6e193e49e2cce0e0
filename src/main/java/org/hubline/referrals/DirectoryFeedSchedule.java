package org.hubline.referrals;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.hubline.shared.security.RunAs;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Refreshes every active feed each night ({@code hubline.directory-feeds.refresh-cron}), on one node of the cluster. */
@Component
class DirectoryFeedSchedule {

    private final DirectoryFeeds feeds;
    private final RunAs runAs;

    DirectoryFeedSchedule(DirectoryFeeds feeds, RunAs runAs) {
        this.feeds = feeds;
        this.runAs = runAs;
    }

    @Scheduled(cron = "${hubline.directory-feeds.refresh-cron:0 30 5 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "directory-feed-refresh", lockAtMostFor = "PT1H")
    public void nightly() {
        runAs.system(feeds::refreshActive);
    }
}
