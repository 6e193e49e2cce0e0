package org.hubline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hubline.HublineApplication;
import org.hubline.test.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Starts Hubline for a benchmark (dev profile, demo accounts) on H2 or embedded PostgreSQL. */
final class BenchApp {

    private BenchApp() {
    }

    static ConfigurableApplicationContext start(String database, String name, String... extraArgs) {
        String url = database.equals("postgres") ? EmbeddedPostgres.jdbcUrl(name)
                : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=dev", "--spring.datasource.url=" + url,
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--hubline.scheduling.enabled=false"));
        if (database.equals("postgres")) {
            args.addAll(List.of("--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        }
        args.addAll(Arrays.asList(extraArgs));
        return new SpringApplicationBuilder(HublineApplication.class).run(args.toArray(String[]::new));
    }

    /** Signs the current thread in as a demo user. */
    static void signIn(ConfigurableApplicationContext app, String username) {
        var user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolderStrategy strategy = app.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var context = strategy.createEmptyContext();
        context.setAuthentication(auth);
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    /** Prints p50/p95/p99/max of the timings. */
    static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%s over %,d: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }
}
