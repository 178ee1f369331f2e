package plv.platform.shell.internal;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The command line for scripts: {@code java -Dplv.command="plv:backup /srv/backup" -jar plv.jar} starts the product,
 * runs the one command once the commands it needs are there, prints the result and stops with exit code 0 (1 on error).
 */
@Component(immediate = true, property = "plv.command.runner=true")
public class CommandLineRunner {

    @Activate
    public CommandLineRunner(BundleContext context, @Reference CommandProcessor processor, @Reference PlatformCommands ready) {
        String command = context.getProperty("plv.command");
        if (command == null || command.isBlank()) {
            return;
        }
        Thread runner = new Thread(() -> run(context, processor, command), "plv-command");
        runner.start();
    }

    private static void run(BundleContext context, CommandProcessor processor, String command) {
        int exit = 0;
        PrintStream out = System.out;
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, System.err)) {
            Object result = session.execute(command);
            if (result != null) {
                out.println(session.format(result, org.apache.felix.service.command.Converter.INSPECT));
            }
        } catch (Exception e) {
            System.err.println("plv.command failed: " + e.getMessage());
            exit = 1;
        }
        out.flush();
        System.err.flush();
        // Stop the framework (bundles and the database close cleanly), then end with the command's own exit code:
        // the launcher's exit code after a framework stop says nothing about the command.
        org.osgi.framework.Bundle system = context.getBundle(0);
        try {
            system.stop();
            if (system instanceof org.osgi.framework.launch.Framework framework) {
                framework.waitForStop(60_000);
            }
        } catch (BundleException e) {
            exit = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(exit);
    }
}
