namespace IdentityProviders.Sdk.Tests.Errors;

public class ApiExceptionFactoryTests
{
    private static ApiErrorDetails Details(int status) => new()
    {
        Vendor = "testvendor",
        Operation = "things.get",
        StatusCode = status,
        ErrorCodes = ["thing_missing", "E42"],
        ErrorMessages = ["The thing does not exist.", "Check the id."],
        RequestId = "req-7f3a",
        RetryAfter = TimeSpan.FromSeconds(30),
    };

    [Theory]
    [InlineData(400, typeof(IdentityProviderBadRequestException))]
    [InlineData(401, typeof(IdentityProviderAuthenticationException))]
    [InlineData(403, typeof(IdentityProviderPermissionDeniedException))]
    [InlineData(404, typeof(IdentityProviderNotFoundException))]
    [InlineData(409, typeof(IdentityProviderConflictException))]
    [InlineData(422, typeof(IdentityProviderUnprocessableEntityException))]
    [InlineData(429, typeof(IdentityProviderRateLimitedException))]
    [InlineData(500, typeof(IdentityProviderServerException))]
    [InlineData(502, typeof(IdentityProviderServerException))]
    [InlineData(503, typeof(IdentityProviderServerException))]
    [InlineData(504, typeof(IdentityProviderServerException))]
    [InlineData(599, typeof(IdentityProviderServerException))]
    [InlineData(418, typeof(IdentityProviderApiException))]
    [InlineData(405, typeof(IdentityProviderApiException))]
    [InlineData(600, typeof(IdentityProviderApiException))]
    public void Maps_each_status_to_its_exception_type(int status, Type expected)
    {
        var exception = ApiExceptionFactory.Create(Details(status));

        exception.GetType().Should().Be(expected);
        exception.StatusCode.Should().Be(status);
        exception.Vendor.Should().Be("testvendor");
        exception.Operation.Should().Be("things.get");
        exception.RequestId.Should().Be("req-7f3a");
        exception.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        exception.ErrorCodes.Should().Equal("thing_missing", "E42");
        exception.ErrorMessages.Should().Equal("The thing does not exist.", "Check the id.");
        exception.Should().BeAssignableTo<IdentityProviderException>();
    }

    [Fact]
    public void The_message_names_vendor_operation_status_codes_messages_retry_after_and_request_id()
    {
        var exception = ApiExceptionFactory.Create(Details(404));

        exception.Message.Should().Be(
            "testvendor things.get failed with HTTP 404 (Not Found): [thing_missing] The thing does not exist.; [E42] Check the id.; retry after 30s (request id req-7f3a).");
    }

    [Fact]
    public void The_message_without_vendor_details_names_the_status()
    {
        var exception = ApiExceptionFactory.Create(new ApiErrorDetails { Vendor = "v", Operation = "op", StatusCode = 418 });

        exception.Message.Should().Be("v op failed with HTTP 418.");
    }

    [Fact]
    public void The_message_lists_field_errors()
    {
        var exception = ApiExceptionFactory.Create(new ApiErrorDetails
        {
            Vendor = "v",
            Operation = "op",
            StatusCode = 400,
            ErrorMessages = ["Validation failed"],
            FieldErrors = new Dictionary<string, IReadOnlyList<string>> { ["name"] = ["is required", "is too short"] },
        });

        exception.Should().BeOfType<IdentityProviderBadRequestException>();
        exception.Message.Should().Be("v op failed with HTTP 400 (Bad Request): Validation failed (fields: name: is required is too short).");
    }

    [Fact]
    public void The_message_keeps_at_most_five_errors_and_truncates_long_messages()
    {
        var exception = ApiExceptionFactory.Create(new ApiErrorDetails
        {
            Vendor = "v",
            Operation = "op",
            StatusCode = 422,
            ErrorMessages = ["m1", "m2", "m3", "m4", "m5", "m6-not-shown", new string('x', 1000)],
        });

        exception.Message.Should().Contain("m5").And.NotContain("m6-not-shown").And.NotContain(new string('x', 301));
        exception.ErrorMessages.Should().HaveCount(7, "the full list stays available on the exception");
    }

    [Fact]
    public void A_long_message_is_truncated_to_300_characters()
    {
        var exception = ApiExceptionFactory.Create(new ApiErrorDetails
        {
            Vendor = "v",
            Operation = "op",
            StatusCode = 500,
            ErrorMessages = [new string('y', 1000)],
        });

        exception.Message.Should().Contain(new string('y', 300) + "...").And.NotContain(new string('y', 301));
    }

    [Fact]
    public void The_inner_exception_is_kept()
    {
        var inner = new InvalidOperationException("cause");

        ApiExceptionFactory.Create(Details(500), inner).InnerException.Should().BeSameAs(inner);
    }

    [Fact]
    public void Null_details_are_rejected() =>
        FluentActions.Invoking(() => ApiExceptionFactory.Create(null!)).Should().Throw<ArgumentNullException>();
}
