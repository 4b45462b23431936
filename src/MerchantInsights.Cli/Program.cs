return await MerchantInsights.Cli.CliApp.RunAsync(args);
