package org.techvoice.bench;

import java.io.IOException;

import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reference for figure 1: the smallest Bolt 1.47.0 app that acknowledges {@code /hello}, with Bolt's own
 * signature check, single-workspace token and the same servlet container (Tomcat) as TechVoice, started with the
 * same JVM flags. {@code GET /health} answers once it listens, for the start-up reference of figure 4.
 *
 * <p>Arguments: {@code port apiUrl}.
 */
public final class BareBoltApp {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(args[1] + "/");
        App app = new App(AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .signingSecret(BenchConfig.SIGNING_SECRET)
                .singleTeamBotToken(BenchConfig.BOT_TOKEN)
                .build());
        app.command("/hello", (request, context) -> context.ack("hello"));

        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(System.getProperty("java.io.tmpdir") + "/bare-bolt-" + port);
        tomcat.setPort(port);
        tomcat.getConnector();
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "slack", new SlackAppServlet(app));
        context.addServletMappingDecoded("/slack/events", "slack");
        Tomcat.addServlet(context, "health", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("application/json");
                response.getWriter().write("{\"status\":\"UP\"}");
            }
        });
        context.addServletMappingDecoded("/health", "health");
        tomcat.start();
        tomcat.getServer().await();
    }
}
