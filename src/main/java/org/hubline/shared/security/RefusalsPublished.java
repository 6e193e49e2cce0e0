package org.hubline.shared.security;

import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Every refusal by a Hubline service, whether by its role rule or by its hub or partner scope, is
 * published as {@link AccessRefused} (once, at the outermost service call), so the audit trail shows
 * who tried to open what. It wraps the services outside method security, so both kinds are seen.
 */
@Configuration(proxyBeanMethods = false)
class RefusalsPublished {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusalsPublishedAdvisor(ObjectProvider<ApplicationEventPublisher> events) {
        ComposablePointcut services = new ComposablePointcut(new AnnotationMatchingPointcut(Service.class, true))
                .intersection((Class<?> type) -> type.getName().startsWith("org.hubline."));
        ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
        MethodInterceptor interceptor = invocation -> {
            int[] d = depth.get();
            d[0]++;
            try {
                return invocation.proceed();
            } catch (AccessDeniedException e) {
                if (d[0] == 1) {
                    events.getObject().publishEvent(new AccessRefused(where(invocation.getMethod()),
                            firstId(invocation.getArguments()), e.getMessage()));
                }
                throw e;
            } finally {
                d[0]--;
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(services, interceptor);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return advisor;
    }

    private static String where(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** The first id among the arguments (a number), the record most calls are about. */
    private static String firstId(Object[] arguments) {
        for (Object a : arguments) {
            if (a instanceof Long || a instanceof Integer) {
                return a.toString();
            }
        }
        return null;
    }
}
