package jp.tsunagari.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Profile;

/**
 * Marks beans that need the process engine, so a worker node (profile {@code worker}: the same jar running only the
 * external-task workers) leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Profile("!" + EngineNode.WORKER_PROFILE)
public @interface EngineNode {

	String WORKER_PROFILE = "worker";

}
