package jp.tsunagari.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;

import jp.tsunagari.system.EngineNode;

/**
 * Marks the mail catcher's beans: on in the demo profile when no mail server is set ({@code spring.mail.host}), so
 * the one-command start sends and reads mail without another program. A demo pointed at a real catcher (Mailpit in
 * {@code docker/compose.yaml}) and production keep Spring Boot's SMTP sender.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// one @Profile: Spring ORs the values of several (a meta-annotated @EngineNode would let it run everywhere)
@Profile("demo & !" + EngineNode.WORKER_PROFILE)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
@interface DemoMailCatcher {

}
